package fr.arretiste.batch;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts an import, or resumes the last one over the same folders and index if it did not finish:
 * a run that failed, was stopped, or was killed (still "running" in the job repository) is
 * restarted from its last committed chunk. Otherwise a new run starts; the job parameters are the
 * input folders and the index, plus the start time that makes each run a job instance of its own.
 */
@Component
public class ImportLauncher {
    /** How many recent runs are searched for one to resume. */
    private static final int RECENT_RUNS = 100;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;

    ImportLauncher(JobOperator operator, JobRepository repository, Job importRulings) {
        this.operator = operator;
        this.repository = repository;
        this.job = importRulings;
    }

    /** Runs the import to its end; {@code fresh} never resumes an earlier run. */
    public JobExecution run(ImportPaths paths, boolean fresh) throws JobExecutionException {
        JobExecution last = fresh ? null : lastUnfinished(paths);
        if (last != null) {
            if (last.getStatus().isRunning()) {
                last = operator.recover(last); // killed before it could record its end: mark it failed to restart it
            }
            return operator.restart(last);
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(ImportJobConfig.INPUT, paths.inputList())
                .addString(ImportJobConfig.INDEX, paths.index().toString())
                .addLong(ImportJobConfig.RUN, System.currentTimeMillis())
                .toJobParameters();
        return operator.start(job, parameters);
    }

    private JobExecution lastUnfinished(ImportPaths paths) {
        for (JobInstance instance : repository.getJobInstances(ImportJobConfig.JOB, 0, RECENT_RUNS)) {
            JobExecution execution = repository.getLastJobExecution(instance);
            if (execution != null && sameRun(execution.getJobParameters(), paths)) {
                BatchStatus status = execution.getStatus();
                boolean unfinished = status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning();
                return unfinished ? execution : null;
            }
        }
        return null;
    }

    private static boolean sameRun(JobParameters parameters, ImportPaths paths) {
        String input = parameters.getString(ImportJobConfig.INPUT);
        String index = parameters.getString(ImportJobConfig.INDEX);
        return input != null && index != null && ImportPaths.parse(input, index).equals(paths);
    }
}
