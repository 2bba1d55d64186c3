package fr.arretiste.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the benchmark's table: a phase's wall time, rulings and megabytes of the corpus per second,
 * that rate as a percentage of the floor's, and its memory. Null where a figure means nothing: rates
 * for the search, the share of the floor for the incremental re-run (it analyses nothing), memory for
 * extraction alone (a part of phase (c), not a JVM of its own).
 */
public record PhaseRow(String label, double seconds, Double rulingsPerSecond, Double megabytesPerSecond,
        Double percentOfFloor, Memory memory) {
    static final String EXTRACTION_ALONE = "    inside extract() alone";

    static List<PhaseRow> of(BenchResult run) {
        Double floor = run.floorRate();
        List<PhaseRow> rows = new ArrayList<>();
        for (PhaseResult p : run.phases()) {
            if (p.phase() == Phase.SEARCH) {
                rows.add(new PhaseRow(p.phase().label(), p.seconds(), null, null, null, p.memory()));
                continue;
            }
            rows.add(rated(p.phase().label(), p.seconds(), p.rulings(), run.megabytes(),
                    p.phase() == Phase.INCREMENTAL ? null : floor, p.memory()));
            if (p.extractSeconds() != null && p.extractSeconds() > 0) {
                // the summed time over the workers, spread back over them: the wall time had the cores done nothing else
                rows.add(rated(EXTRACTION_ALONE, p.extractSeconds() / p.workers(), p.rulings(), run.megabytes(), floor, null));
            }
        }
        return rows;
    }

    private static PhaseRow rated(String label, double seconds, long rulings, double megabytes, Double floor, Memory memory) {
        double rate = rulings / seconds;
        return new PhaseRow(label, seconds, rate, megabytes / seconds, floor == null ? null : 100 * rate / floor, memory);
    }
}
