package fr.arretiste.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a task on every file with one worker thread per core, each taking the next file; the first failure ends the run. */
final class FileWorkers {
    static final int COUNT = Runtime.getRuntime().availableProcessors();

    interface Task {
        void run(Path file) throws Exception;
    }

    private FileWorkers() {
    }

    static void run(List<Path> files, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(COUNT)) {
            List<Future<Void>> workers = new ArrayList<>();
            for (int w = 0; w < COUNT; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        task.run(files.get(i));
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    next.set(files.size()); // the other workers stop at their next file
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
    }
}
