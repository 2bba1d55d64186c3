package fr.arretiste.bench;

import java.nio.file.Path;

/**
 * Where a benchmark reads and writes: the corpus, and the output folder ({@code output/bench}) that holds
 * the index of the import, its outputs and job repository, the floor's throw-away index and the reports.
 * {@code warmupPasses} and {@code passes} are the search phase's passes over its queries.
 */
public record BenchSetup(Path corpus, Path out, int warmupPasses, int passes) {
    public Path index() {
        return index(out);
    }

    /** The import's index in output folder {@code out}. */
    public static Path index(Path out) {
        return out.resolve("index");
    }

    public Path floorIndex() {
        return out.resolve("floor-index");
    }
}
