package fr.arretiste.bench;

import java.io.PrintStream;

import fr.arretiste.ruling.RulingJson;

/** The child JVM's side of a phase: runs its work, timed and watched, and prints its result as one JSON line. */
public final class PhaseChild {
    private PhaseChild() {
    }

    public static void run(Phase phase, BenchSetup setup) throws Exception {
        PrintStream result = System.out;
        // the phase's own messages (the import's progress, logs) go to standard error: standard output is the result's
        System.setOut(System.err);
        MemoryWatch memory = MemoryWatch.start();
        long start = System.nanoTime();
        PhaseWork.Done done = phase.work().run(setup);
        double seconds = (System.nanoTime() - start) / 1e9;
        result.println(RulingJson.mapper().writeValueAsString(new PhaseResult(phase, seconds, done.rulings(),
                done.workers(), memory.stop(), done.extractSeconds(), done.search())));
        result.flush();
    }
}
