package fr.arretiste.bench;

/**
 * What one phase measured, as its child JVM prints it on one JSON line: wall seconds of its work,
 * the rulings it handled (the import: those in the index at its end), its workers, memory, and
 * what only some phases have (null otherwise): the time inside the extractor, the search latencies.
 */
public record PhaseResult(Phase phase, double seconds, long rulings, int workers, Memory memory,
        Double extractSeconds, SearchLatency search) {
}
