package fr.arretiste.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Saves a restarted step's execution context as soon as the step starts. Spring Batch 6 records
 * the new step execution with an empty context and gives it the last execution's context only in
 * memory, until its first commit: a run killed before that commit would leave an empty context
 * behind, and the next restart would start the files over (harmless for the index, every write
 * being idempotent, but the files done before would count as unchanged, not new).
 */
final class SaveRestartContext implements StepExecutionListener {
    private final JobRepository repository;

    SaveRestartContext(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public void beforeStep(StepExecution step) {
        repository.updateExecutionContext(step);
    }
}
