package fr.arretiste.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import fr.arretiste.search.RulingSearcher;

/**
 * The searcher every request reads: one over the index's last commit, replaced by a fresh one
 * after each scheduled import, so a search sees the previous committed state, then the new one.
 * A replaced searcher is closed a minute later rather than at once: requests still running on
 * it (they last milliseconds) finish on the state they started with.
 */
final class LiveSearcher implements Closeable {
    private static final long RETIRE_AFTER_SECONDS = 60;

    private final Path index;
    private final AtomicReference<RulingSearcher> current;
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "searcher-retirer");
        t.setDaemon(true);
        return t;
    });

    LiveSearcher(Path index) throws IOException {
        this.index = index;
        this.current = new AtomicReference<>(RulingSearcher.open(index));
    }

    RulingSearcher get() {
        return current.get();
    }

    /** Opens a searcher on the index as last committed, and serves it from now on. */
    void reopen() throws IOException {
        RulingSearcher old = current.getAndSet(RulingSearcher.open(index));
        retirer.schedule(() -> closeQuietly(old), RETIRE_AFTER_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        retirer.shutdownNow().forEach(Runnable::run);
        current.get().close();
    }

    private static void closeQuietly(RulingSearcher searcher) {
        try {
            searcher.close();
        } catch (IOException e) {
            System.err.println("arretiste: closing a replaced searcher: " + e.getMessage());
        }
    }
}
