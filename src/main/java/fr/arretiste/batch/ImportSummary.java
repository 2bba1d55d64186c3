package fr.arretiste.batch;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a run did, printed at the end and written as {@code report.json}. Every input file is
 * counted once: {@code files = new + changed + unchanged + rejected} (unchanged files were not
 * analysed again; a rejected file may be unchanged too, its reason kept). {@code removed} counts
 * the files that left the input and took their ruling out of the index ({@code removedSources}
 * names them). {@code rulings} is what the index holds at the end, one line each in
 * {@code rulings.jsonl}; two files giving one decision make one ruling. Counts cover the whole
 * run, earlier executions of a restarted run included; time and rates are this execution's.
 * {@code failure} is why the run stopped, null if it did not.
 */
public record ImportSummary(String status, String failure, List<String> inputs, String index, long files,
        @JsonProperty("new") long added, long changed, long unchanged, long rejected, Map<String, Long> rejectedBy,
        long removed, List<String> removedSources, long rulings, double seconds, double megabytes,
        double filesPerSecond, double megabytesPerSecond) {

    /** Files named in the text summary; report.json names more. */
    private static final int NAMED = 10;

    /** The summary as the user reads it on standard error. */
    public String text() {
        StringBuilder s = new StringBuilder(String.format(
                "import %s in %.1f s: %d files: %d new, %d changed, %d unchanged, %d rejected; %d removed; %d rulings in the index%n",
                status, seconds, files, added, changed, unchanged, rejected, removed, rulings));
        rejectedBy.forEach((kind, count) -> s.append(String.format("  %6d rejected: %s%n", count, kind)));
        removedSources.stream().limit(NAMED).forEach(source -> s.append("  removed: ").append(source).append('\n'));
        if (removed > NAMED) {
            s.append(String.format("  ... and %d more removed (report.json names them)%n", removed - NAMED));
        }
        s.append(String.format("  %.1f files/s, %.2f MB/s (%.1f MB read)%n", filesPerSecond, megabytesPerSecond, megabytes));
        if (failure != null) {
            s.append("  failed: ").append(failure).append("\n  the same command again resumes the run where it stopped\n");
        }
        return s.toString();
    }
}
