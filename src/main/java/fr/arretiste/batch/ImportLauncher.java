package fr.arretiste.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.arretiste.index.CommittedIndex;

/**
 * Starts an import, or resumes the last one over the same folders and index if it did not finish:
 * a run that failed, was stopped, or was killed (still "running" in the job repository) is
 * restarted from its last committed chunk. Otherwise a new run starts, incremental; the job
 * parameters are the input folders and the index, plus the start time that makes each run a job
 * instance of its own. The caller holds the output folder's {@link OutputLock}: that is what makes
 * a run still "running" in the repository one that was killed, not one in progress elsewhere.
 */
@Component
public class ImportLauncher {
    /** How many recent runs are searched for one to resume. */
    private static final int RECENT_RUNS = 100;

    private final JobOperator operator;
    private final JobRepository repository;
    private final JdbcTemplate jdbc;
    private final Job job;

    ImportLauncher(JobOperator operator, JobRepository repository, JdbcTemplate jdbc, Job importRulings) {
        this.operator = operator;
        this.repository = repository;
        this.jdbc = jdbc;
        this.job = importRulings;
    }

    /**
     * Runs the import to its end. {@code full} rebuilds: deletes the index and the outputs, forgets
     * the manifest, and never resumes an earlier run.
     */
    public JobExecution run(ImportPaths paths, boolean full) throws JobExecutionException, IOException {
        Manifest manifest = new Manifest(jdbc, paths.index());
        if (full) {
            paths.deleteOutputs();
            manifest.clear();
        }
        JobExecution last = full ? null : lastUnfinished(paths);
        if (last != null) {
            if (last.getStatus().isRunning()) {
                last = operator.recover(last); // killed before it could record its end: mark it failed to restart it
            }
            return operator.restart(last);
        }
        if (!CommittedIndex.exists(paths.index())) {
            manifest.clear(); // the index was deleted by hand: every file is new to it
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(ImportJobConfig.INPUT, paths.inputList())
                .addString(ImportJobConfig.INDEX, paths.index().toString())
                .addLong(ImportJobConfig.RUN, System.currentTimeMillis())
                .toJobParameters();
        return operator.start(job, parameters);
    }

    /** The last run into this index, or null if there was none. */
    public JobExecution last(Path index) {
        return last(paths -> paths.index().equals(index.toAbsolutePath().normalize()));
    }

    private JobExecution last(Predicate<ImportPaths> which) {
        for (JobInstance instance : repository.getJobInstances(ImportJobConfig.JOB, 0, RECENT_RUNS)) {
            JobExecution execution = repository.getLastJobExecution(instance);
            ImportPaths paths = execution == null ? null : ImportJobConfig.paths(execution.getJobParameters());
            if (paths != null && which.test(paths)) {
                return execution;
            }
        }
        return null;
    }

    private JobExecution lastUnfinished(ImportPaths paths) {
        JobExecution last = last(paths::equals);
        if (last == null) {
            return null;
        }
        BatchStatus status = last.getStatus();
        boolean unfinished = status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning();
        return unfinished ? last : null;
    }
}
