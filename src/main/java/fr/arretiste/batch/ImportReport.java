package fr.arretiste.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import fr.arretiste.index.CommittedIndex;
import fr.arretiste.ruling.RulingJson;

/**
 * At the end of a run, finished or failed: the summary on standard error and in
 * {@code report.json}. The counts are read from the last execution of each step in the job
 * repository, so a restarted run reports what its earlier executions did too.
 */
final class ImportReport implements JobExecutionListener {
    private final JobRepository repository;
    private final PrintStream err;

    ImportReport(JobRepository repository, PrintStream err) {
        this.repository = repository;
        this.err = err;
    }

    @Override
    public void afterJob(JobExecution job) {
        ImportPaths paths = ImportJobConfig.paths(job.getJobParameters());
        ExecutionContext files = context(job, ImportJobConfig.IMPORT_FILES);
        ExecutionContext removal = context(job, ImportJobConfig.REMOVE_MISSING);
        StepExecution thisRun = job.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(ImportJobConfig.IMPORT_FILES)).findFirst().orElse(null);
        Map<FileOutcome.Kind, Long> counts = new EnumMap<>(FileOutcome.Kind.class);
        for (FileOutcome.Kind kind : FileOutcome.Kind.values()) {
            counts.put(kind, files.getLong(kind.key(), 0));
        }
        long rejected = counts.get(FileOutcome.Kind.REJECTED);
        double seconds = Duration.between(job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime(),
                LocalDateTime.now()).toMillis() / 1000.0;
        double elapsed = Math.max(seconds, 1e-3); // a run of no work must not divide by zero
        double megabytes = (thisRun == null ? 0 : thisRun.getExecutionContext().getLong(ImportProgress.BYTES, 0)) / 1e6;
        @SuppressWarnings("unchecked")
        List<String> removedSources = (List<String>) removal.get(RemoveMissing.REMOVED_SOURCES);
        ImportSummary summary = new ImportSummary(job.getStatus().toString(), failure(job),
                paths.inputs().stream().map(Path::toString).toList(), paths.index().toString(),
                counts.values().stream().mapToLong(Long::longValue).sum(), counts.get(FileOutcome.Kind.NEW),
                counts.get(FileOutcome.Kind.CHANGED), counts.get(FileOutcome.Kind.UNCHANGED), rejected, rejectedBy(paths, rejected),
                removal.getLong(RemoveMissing.REMOVED, 0), removedSources == null ? List.of() : removedSources,
                rulings(paths), round(seconds), round(megabytes),
                round((thisRun == null ? 0 : thisRun.getReadCount()) / elapsed), round(megabytes / elapsed));
        err.print(summary.text());
        try {
            Files.writeString(paths.report(), RulingJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + paths.report(), e);
        }
    }

    /** The step's context as its last execution in this run left it; empty if it never ran. */
    private ExecutionContext context(JobExecution job, String step) {
        StepExecution last = repository.getLastStepExecution(job.getJobInstance(), step);
        return last == null ? new ExecutionContext() : last.getExecutionContext();
    }

    private static long rulings(ImportPaths paths) {
        try {
            return CommittedIndex.count(paths.index());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index " + paths.index(), e);
        }
    }

    /** The root cause of the first failure, which says more than the framework's wrappers. */
    private static String failure(JobExecution job) {
        if (job.getAllFailureExceptions().isEmpty()) {
            return null;
        }
        Throwable root = job.getAllFailureExceptions().getFirst();
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    /** The committed rejects by kind ("not a ruling"...); lines past them belong to a chunk rolled back. */
    private static Map<String, Long> rejectedBy(ImportPaths paths, long committed) {
        if (!Files.exists(paths.rejects())) {
            return Map.of();
        }
        try (Stream<String> lines = Files.lines(paths.rejects())) {
            return lines.limit(committed).map(l -> RulingJson.mapper().readValue(l, Rejection.class))
                    .collect(Collectors.groupingBy(Rejection::kind, TreeMap::new, Collectors.counting()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + paths.rejects(), e);
        }
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
