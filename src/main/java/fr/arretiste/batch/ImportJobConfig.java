package fr.arretiste.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import fr.arretiste.extract.RulingExtractor;
import fr.arretiste.ingest.DocumentParser;
import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ingest.RejectedFileException;
import fr.arretiste.ruling.Ruling;

/**
 * The import job: input files → Tika + extraction → index and {@code rulings.jsonl}, in chunks,
 * each committed to the index, the output files and the job repository together. A file that
 * cannot become a ruling is skipped and logged to {@code rejects.jsonl}; the run goes on.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfig {
    static final String JOB = "importRulings";
    static final String INPUT = "input";
    static final String INDEX = "index";
    static final String RUN = "run";

    @Bean
    Job importRulings(JobRepository jobRepository, Step importFiles) {
        return new JobBuilder(JOB, jobRepository).start(importFiles).build();
    }

    @Bean
    @JobScope
    Step importFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Function<ParsedDocument, Ruling> extraction, Function<Path, RulingSink> indexSink,
            @Value("#{jobParameters['" + INPUT + "']}") String input,
            @Value("#{jobParameters['" + INDEX + "']}") String index,
            @Value("${arretiste.import.chunk-size:50}") int chunkSize) {
        ImportPaths paths = ImportPaths.parse(input, index);
        InputFileReader files = new InputFileReader(paths.inputs());
        JsonlFile rulings = new JsonlFile("rulings", paths.rulings());
        JsonlFile rejects = new JsonlFile("rejects", paths.rejects());
        RulingSink indexed = indexSink.apply(paths.index());
        return new StepBuilder("importFiles", jobRepository)
                .<Path, ParsedRuling>chunk(chunkSize).transactionManager(transactionManager)
                .reader(files)
                .processor(new RulingProcessor(new DocumentParser(), extraction))
                .taskExecutor(parallel())
                .writer(new RulingWriter(List.of(rulings, indexed)))
                .stream(rulings).stream(indexed).stream(rejects)
                .faultTolerant()
                .skip(RejectedFileException.class).skipLimit(Long.MAX_VALUE)
                .skipListener(new RejectLog(rejects))
                .listener(new ImportProgress(paths, files, rulings, rejects, System.err))
                .build();
    }

    /** Extraction; a test may put a simpler one in its place. */
    @Bean
    Function<ParsedDocument, Ruling> extraction() {
        return new RulingExtractor()::extract;
    }

    /** The index a run writes to; a test may put an in-memory one in its place. */
    @Bean
    Function<Path, RulingSink> indexSink() {
        return IndexSink::new;
    }

    /** Tika and extraction are CPU-bound: the files of a chunk are processed on every core. */
    private static SimpleAsyncTaskExecutor parallel() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("import-");
        executor.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
        return executor;
    }
}
