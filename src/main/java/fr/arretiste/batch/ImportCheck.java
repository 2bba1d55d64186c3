package fr.arretiste.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.arretiste.index.CommittedIndex;
import fr.arretiste.ruling.RulingJson;
import tools.jackson.core.JacksonException;

/**
 * Whether an import's outputs are sound and agree: Lucene's CheckIndex on the index; the last run
 * into it finished; the index, {@code rulings.jsonl} and the manifest hold the same rulings, as
 * many as the last run recorded. Each disagreement is named, with the rulings concerned.
 */
@Component
public class ImportCheck {
    /** Ids named per disagreement; the count says how many more. */
    private static final int NAMED = 5;

    private final JobRepository repository;
    private final JdbcTemplate jdbc;
    private final ImportLauncher launcher;

    ImportCheck(JobRepository repository, JdbcTemplate jdbc, ImportLauncher launcher) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.launcher = launcher;
    }

    /** What the index and the import's outputs are, in a line, whether or not they agree. */
    public record Result(String summary, List<String> disagreements) {
    }

    /** The caller holds the output folder's {@link OutputLock}: no import is writing meanwhile. */
    public Result check(Path indexDir) throws IOException {
        ImportPaths paths = new ImportPaths(List.of(), indexDir);
        List<String> disagreements = new ArrayList<>(CommittedIndex.problems(paths.index()).stream()
                .map(p -> "index: " + p).toList());
        if (!disagreements.isEmpty()) {
            // a damaged index cannot be read to compare: rebuild it with import --full
            return new Result(paths.index() + " is damaged or missing", disagreements);
        }
        Map<String, String> index = new LinkedHashMap<>();
        CommittedIndex.forEachRuling(paths.index(), index::put);
        List<String> lines = Files.exists(paths.rulings()) ? Files.readAllLines(paths.rulings()) : List.of();
        List<String> jsonlIds = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            try {
                String id = RulingJson.read(lines.get(n)).id();
                jsonlIds.add(id);
                if (index.containsKey(id) && !index.get(id).equals(lines.get(n))) {
                    altered.add(id);
                }
            } catch (JacksonException e) {
                disagreements.add("rulings.jsonl line " + (n + 1) + " is not a ruling: " + e.getOriginalMessage());
            }
        }
        Set<String> manifest = new Manifest(jdbc, paths.index()).rulingIds();
        compare("the index", index.keySet(), "rulings.jsonl", new TreeSet<>(jsonlIds), disagreements);
        compare("the index", index.keySet(), "the manifest of the job repository", manifest, disagreements);
        Set<String> seen = new HashSet<>();
        named("twice in rulings.jsonl", jsonlIds.stream().filter(id -> !seen.add(id)).distinct().toList(), disagreements);
        named("in rulings.jsonl not as the index stores them", altered, disagreements);

        JobExecution last = launcher.last(paths.index());
        String run;
        if (last == null) {
            run = "no import on record";
            disagreements.add("job repository: no import into " + paths.index() + " on record");
        } else {
            run = "last import " + last.getStatus() + " (job instance " + last.getJobInstance().getInstanceId() + ")";
            if (last.getStatus() != BatchStatus.COMPLETED) {
                disagreements.add("job repository: the last import is " + last.getStatus()
                        + ": run it again to finish it");
            } else {
                StepExecution export = repository.getLastStepExecution(last.getJobInstance(), ImportJobConfig.EXPORT_RULINGS);
                long recorded = export == null ? -1 : export.getExecutionContext().getLong(ExportRulings.RULINGS, -1);
                if (recorded != index.size()) {
                    disagreements.add("job repository: the last import recorded " + recorded + " rulings, the index holds "
                            + index.size());
                }
            }
        }
        return new Result(String.format("%d rulings in %s; %d lines in rulings.jsonl; %d in the manifest; %s",
                index.size(), paths.index(), lines.size(), manifest.size(), run), disagreements);
    }

    private static void compare(String a, Set<String> as, String b, Set<String> bs, List<String> disagreements) {
        named("in " + a + ", not in " + b, as.stream().filter(id -> !bs.contains(id)).sorted().toList(), disagreements);
        named("in " + b + ", not in " + a, bs.stream().filter(id -> !as.contains(id)).sorted().toList(), disagreements);
    }

    private static void named(String what, List<String> ids, List<String> disagreements) {
        if (!ids.isEmpty()) {
            String more = ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : "";
            disagreements.add(ids.size() + " " + what + ": " + String.join(", ", ids.subList(0, Math.min(ids.size(), NAMED)))
                    + more);
        }
    }
}
