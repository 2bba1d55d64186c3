package fr.arretiste.bench;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One benchmark run: when, the machine's cores, the JVM and the heap limit every phase had, the corpus
 * (rulings, megabytes, folder), and each phase's result. bench.json holds it with its derived figures.
 */
public record BenchResult(String date, int cpus, String java, String xmx, int rulings, double megabytes,
        String corpus, List<PhaseResult> phases) {

    /** The table's rows: rates and share of the floor per phase, and extraction alone. */
    @JsonProperty("rows")
    public List<PhaseRow> rows() {
        return PhaseRow.of(this);
    }

    /** The incremental re-run's time as a percentage of the full import's; null if either is missing. */
    @JsonProperty("incrementalPercentOfFullImport")
    public Double incrementalPercentOfFullImport() {
        Optional<PhaseResult> full = phase(Phase.IMPORT);
        return phase(Phase.INCREMENTAL).flatMap(again -> full.map(f -> 100 * again.seconds() / f.seconds())).orElse(null);
    }

    /** The floor's rulings per second, the 100% of the table; null without a floor phase. */
    Double floorRate() {
        return phase(Phase.FLOOR).map(p -> p.rulings() / p.seconds()).orElse(null);
    }

    Optional<PhaseResult> phase(Phase which) {
        return phases.stream().filter(p -> p.phase() == which).findFirst();
    }
}
