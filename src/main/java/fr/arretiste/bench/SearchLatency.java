package fr.arretiste.bench;

import java.util.List;

/**
 * Latencies of the search phase in milliseconds: cold is the first pass over the queries in a fresh JVM,
 * warm the passes measured after {@code warmupPasses} unmeasured ones. {@code withoutHits} counts the
 * queries that matched nothing (a query set that finds nothing measures little).
 */
public record SearchLatency(int queries, int withoutHits, int warmupPasses, int passes,
        double coldMedianMs, double coldP99Ms, double warmMedianMs, double warmP99Ms) {

    /** From the nanoseconds of each query of the cold pass and of the warm passes. */
    static SearchLatency of(int queries, int withoutHits, int warmupPasses, int passes, List<Long> cold, List<Long> warm) {
        return new SearchLatency(queries, withoutHits, warmupPasses, passes,
                percentile(cold, 50), percentile(cold, 99), percentile(warm, 50), percentile(warm, 99));
    }

    /** Nearest-rank percentile of nanoseconds, in milliseconds. */
    static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
