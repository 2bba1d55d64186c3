package fr.arretiste.batch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import fr.arretiste.extract.RulingExtractor;
import fr.arretiste.ingest.DocumentParser;
import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ruling.Ruling;

/**
 * The import job, incremental: (1) the input files, in chunks: a file unchanged since the last run
 * keeps its result, the others go through Tika and extraction into the index; each chunk commits
 * the index, then the manifest and the restart position together; a file that cannot become a
 * ruling is logged to {@code rejects.jsonl} and the run goes on. (2) The rulings of files that
 * left the input leave the index. (3) {@code rulings.jsonl} is written from the index.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfig {
    static final String JOB = "importRulings";
    static final String IMPORT_FILES = "importFiles";
    static final String REMOVE_MISSING = "removeMissing";
    static final String EXPORT_RULINGS = "exportRulings";
    static final String INPUT = "input";
    static final String INDEX = "index";
    static final String RUN = "run";
    /** The run's folders, from its job parameters. */
    private static final String PATHS = "#{T(fr.arretiste.batch.ImportPaths).parse(jobParameters['" + INPUT + "'], "
            + "jobParameters['" + INDEX + "'])}";
    private static final String JOB_INSTANCE = "#{jobExecution.jobInstance.instanceId}";
    /** The import's workers: one per core. */
    static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Files per core in a chunk when the configuration leaves its size to the machine. */
    private static final int FILES_PER_CORE = 250;

    @Bean
    Job importRulings(JobRepository jobRepository, Step importFiles, Step removeMissing, Step exportRulings) {
        return new JobBuilder(JOB, jobRepository).listener(new ImportReport(jobRepository, System.err))
                .start(importFiles).next(removeMissing).next(exportRulings).build();
    }

    @Bean
    @JobScope
    Step importFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
            Function<ParsedDocument, Ruling> extraction, ExecutorService workers, @Value(PATHS) ImportPaths paths, @Value(JOB_INSTANCE) long run,
            @Value("${arretiste.import.chunk-size:0}") int chunkSize) {
        Manifest manifest = new Manifest(jdbc, paths.index());
        InputFileReader files = new InputFileReader(paths.inputs(), manifest);
        return new StepBuilder(IMPORT_FILES, jobRepository)
                .<InputFile, FileOutcome>chunk(chunkSize > 0 ? chunkSize : FILES_PER_CORE * CORES).transactionManager(transactionManager)
                .reader(files)
                .processor(new RulingProcessor(new DocumentParser(), extraction))
                .taskExecutor(new TaskExecutorAdapter(workers))
                .writer(new ImportWriter(paths.index(), manifest, new JsonlFile("rejects", paths.rejects()), run, workers))
                .listener(new ImportProgress(files, System.err))
                .listener(new SaveRestartContext(jobRepository))
                .build();
    }

    @Bean
    @JobScope
    Step removeMissing(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
            @Value(PATHS) ImportPaths paths) {
        return new StepBuilder(REMOVE_MISSING, jobRepository)
                .tasklet(new RemoveMissing(paths, new Manifest(jdbc, paths.index())), transactionManager).build();
    }

    @Bean
    @JobScope
    Step exportRulings(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            @Value(PATHS) ImportPaths paths) {
        return new StepBuilder(EXPORT_RULINGS, jobRepository).tasklet(new ExportRulings(paths), transactionManager).build();
    }

    /** Extraction; a test may put a simpler one in its place. */
    @Bean
    Function<ParsedDocument, Ruling> extraction() {
        return new RulingExtractor()::extract;
    }

    /** The folders and index of a run, as its job parameters name them; null if they do not. */
    static ImportPaths paths(JobParameters parameters) {
        String input = parameters.getString(INPUT);
        String index = parameters.getString(INDEX);
        return input == null || index == null ? null : ImportPaths.parse(input, index);
    }

    /**
     * One thread per core, shared by the chunk's processing (Tika and extraction are CPU-bound) and
     * its indexing, which follow each other. Pooled: the default executor starts a thread per file.
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService importWorkers() {
        return Executors.newFixedThreadPool(CORES, Thread.ofPlatform().name("import-", 1).daemon().factory());
    }
}
