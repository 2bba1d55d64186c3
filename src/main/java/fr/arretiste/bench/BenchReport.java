package fr.arretiste.bench;

import java.util.Locale;

import fr.arretiste.ruling.RulingJson;

/** A benchmark run for people (the table) and for scripts (bench.json). */
public final class BenchReport {
    private static final double MIB = 1024 * 1024;
    private static final String ROW = "%-28s %8s %10s %8s %8s %13s %12s%n";

    private BenchReport() {
    }

    public static String table(BenchResult run) {
        StringBuilder t = new StringBuilder();
        t.append(format("arretiste bench: %d rulings, %.1f MB (%s); %d CPUs, Java %s, -Xmx%s; %s%n%n",
                run.rulings(), run.megabytes(), run.corpus(), run.cpus(), run.java(), run.xmx(), run.date()));
        t.append(format(ROW, "phase", "time s", "rulings/s", "MB/s", "% floor", "peak heap MiB", "peak RSS MiB"));
        for (PhaseRow row : run.rows()) {
            t.append(format(ROW, row.label(), format("%.1f", row.seconds()), number("%.1f", row.rulingsPerSecond()),
                    number("%.2f", row.megabytesPerSecond()), number("%.0f%%", row.percentOfFloor()),
                    row.memory() == null ? "-" : mib(row.memory().peakHeapBytes()),
                    row.memory() == null ? "-" : mib(row.memory().peakRssBytes())));
        }
        Double incremental = run.incrementalPercentOfFullImport();
        if (incremental != null) {
            t.append(format("%n(b2) took %.1f%% of the full import's time.%n", incremental));
        }
        run.phase(Phase.EXTRACTION).filter(p -> p.extractSeconds() != null).ifPresent(p -> t.append(format(
                "(c) %.1f s inside RulingExtractor.extract, summed over %d workers.%n", p.extractSeconds(), p.workers())));
        run.phase(Phase.SEARCH).map(PhaseResult::search).ifPresent(s -> {
            t.append(format("%nsearch: %d queries (%d without hits), 20 hits with snippets and facets%n", s.queries(), s.withoutHits()));
            t.append(format("%-44s %9s %9s%n", "", "median ms", "p99 ms"));
            t.append(format("%-44s %9.1f %9.1f%n", "cold: first pass in a fresh JVM", s.coldMedianMs(), s.coldP99Ms()));
            t.append(format("%-44s %9.1f %9.1f%n", format("warm: %d passes after %d warm-up passes", s.passes(), s.warmupPasses()),
                    s.warmMedianMs(), s.warmP99Ms()));
        });
        return t.toString();
    }

    /** bench.json: the run, its phases' measures and the derived figures, indented. */
    public static String json(BenchResult run) {
        return RulingJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(run) + "\n";
    }

    private static String number(String pattern, Double value) {
        return value == null ? "-" : format(pattern, value);
    }

    private static String mib(long bytes) {
        return bytes <= 0 ? "-" : format("%.0f", bytes / MIB);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
