package fr.arretiste.bench;

/**
 * The memory one phase's JVM took: the largest heap in use (before any GC, or at the end), the heap in
 * use at the end, and the peak resident set size (0 where /proc is missing). In bytes.
 */
public record Memory(long peakHeapBytes, long endHeapBytes, long peakRssBytes) {
}
