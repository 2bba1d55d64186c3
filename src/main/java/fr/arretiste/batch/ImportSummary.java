package fr.arretiste.batch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a run did, printed at the end and written as {@code report.json}. Counts cover the whole
 * run, earlier executions of a restarted run included ({@code files = rulings + rejected});
 * time and rates are this execution's. {@code failure} is why the run stopped, null if it did not.
 */
public record ImportSummary(String status, String failure, List<String> inputs, String index, long files, long rulings,
        long rejected, Map<String, Long> rejectedBy, double seconds, double megabytes, double rulingsPerSecond,
        double megabytesPerSecond) {

    /** {@code written} rulings and {@code bytes} read in this execution, which took {@code seconds}. */
    static ImportSummary of(String status, String failure, ImportPaths paths, long rulings, List<RejectLog.Rejection> rejections,
            long written, long bytes, double seconds) {
        Map<String, Long> rejectedBy = rejections.stream()
                .collect(Collectors.groupingBy(RejectLog.Rejection::kind, TreeMap::new, Collectors.counting()));
        double megabytes = bytes / 1e6;
        double elapsed = Math.max(seconds, 1e-3); // a run of no work must not divide by zero
        return new ImportSummary(status, failure, paths.inputs().stream().map(Object::toString).toList(), paths.index().toString(),
                rulings + rejections.size(), rulings, rejections.size(), rejectedBy, round(seconds), round(megabytes),
                round(written / elapsed), round(megabytes / elapsed));
    }

    /** The summary as the user reads it on standard error. */
    public String text() {
        StringBuilder s = new StringBuilder(String.format("import %s in %.1f s: %d files read, %d rulings indexed, %d rejected%n",
                status, seconds, files, rulings, rejected));
        rejectedBy.forEach((kind, count) -> s.append(String.format("  %6d rejected: %s%n", count, kind)));
        s.append(String.format("  %.1f rulings/s, %.2f MB/s (%.1f MB read)%n", rulingsPerSecond, megabytesPerSecond, megabytes));
        if (failure != null) {
            s.append("  failed: ").append(failure).append("\n  the same command again resumes the run where it stopped\n");
        }
        return s.toString();
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
