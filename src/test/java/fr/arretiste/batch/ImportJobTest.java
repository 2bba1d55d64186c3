package fr.arretiste.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import fr.arretiste.extract.RulingId;
import fr.arretiste.extract.TextCleaner;
import fr.arretiste.extract.ZoneSegmenter;
import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;

/**
 * The import job on a small folder: three real rulings and four files that are not (corrupt PDF,
 * empty file, a note, a file the extractor chokes on), plus a link loop that cannot be listed.
 * Extraction and index are replaced by fakes so that the job is tested on its own.
 */
@SpringBootTest(classes = {ImportApplication.class, ImportJobTest.Fakes.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:importjob;DB_CLOSE_DELAY=-1", "arretiste.import.chunk-size=2", "spring.main.banner-mode=off"})
@SpringBatchTest
class ImportJobTest {
    private static final Path SHARED = Path.of("/work/shared/data/rulings");
    private static final List<String> RULINGS = List.of(
            "ca-dijon-2024-10-22-24-00354.txt", "ca-douai-2022-12-08-21-01153.txt", "ca-lyon-2024-10-22-20-06085.txt");
    private static final String CRASH = "<<the extractor fails on this>>";

    @TempDir
    Path tmp;
    Path corpus;
    ImportPaths paths;

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    ImportLauncher launcher;
    @Autowired
    FakeIndex index;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : RULINGS) {
            Files.copy(SHARED.resolve(name), corpus.resolve(name));
        }
        Files.write(corpus.resolve("corrupt.pdf"), new byte[] {0x13, 0x37, 0x00, (byte) 0xff, 0x42, 0x0a});
        Files.createFile(corpus.resolve("empty.txt"));
        Files.writeString(corpus.resolve("notes.txt"), "Pièces à apporter au rendez-vous : bail, quittances, photos.\n");
        Files.writeString(corpus.resolve("crash.txt"), "COUR D'APPEL DE DIJON " + CRASH + "\n");
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        paths = new ImportPaths(List.of(corpus), tmp.resolve("output/index"));
        index.reset();
    }

    @Test
    void importsTheRulingsAndLogsEveryRejectedFile() throws Exception {
        JobExecution run = jobs.startJob(new JobParametersBuilder()
                .addString(ImportJobConfig.INPUT, paths.inputList())
                .addString(ImportJobConfig.INDEX, paths.index().toString())
                .toJobParameters());

        assertEquals(BatchStatus.COMPLETED, run.getStatus());
        StepExecution step = run.getStepExecutions().iterator().next();
        assertEquals(List.of(7L, 3L, 1L, 4L), List.of(step.getReadCount(), step.getWriteCount(),
                step.getReadSkipCount(), step.getProcessSkipCount()));
        assertRulingsAndRejects();
        assertEquals(3, index.size());
        ImportSummary report = RulingJson.mapper().readValue(paths.report().toFile(), ImportSummary.class);
        assertEquals(List.of(8L, 3L, 5L), List.of(report.files(), report.rulings(), report.rejected()));
    }

    @Test
    void aFailedRunIsResumedWithoutDuplicates() throws Exception {
        index.failAtAccept(2); // the second chunk: its rulings are already in rulings.jsonl when the index fails

        JobExecution failed = launcher.run(paths, false);
        JobExecution resumed = launcher.run(paths, false);

        assertEquals(BatchStatus.FAILED, failed.getStatus());
        assertEquals(BatchStatus.COMPLETED, resumed.getStatus());
        assertEquals(failed.getJobInstance().getInstanceId(), resumed.getJobInstance().getInstanceId());
        assertRulingsAndRejects();
        assertEquals(3, index.size());

        JobExecution again = launcher.run(paths, false);
        assertNotEquals(resumed.getJobInstance().getInstanceId(), again.getJobInstance().getInstanceId());
        assertEquals(BatchStatus.COMPLETED, again.getStatus());
        assertRulingsAndRejects();
    }

    private void assertRulingsAndRejects() throws IOException {
        List<String> sources = Files.readAllLines(paths.rulings()).stream()
                .map(l -> Path.of(RulingJson.read(l).source()).getFileName().toString()).sorted().toList();
        assertEquals(RULINGS, sources);
        Map<String, String> rejects = new TreeMap<>();
        for (String line : Files.readAllLines(paths.rejects())) {
            RejectLog.Rejection r = RulingJson.mapper().readValue(line, RejectLog.Rejection.class);
            assertEquals(null, rejects.put(corpus.relativize(Path.of(r.source())).toString(), r.reason()), "twice: " + line);
        }
        assertEquals(Map.of(
                "corrupt.pdf", "cannot parse as application/pdf",
                "crash.txt", "analysis failed",
                "empty.txt", "empty file",
                "loop", "symbolic-link loop",
                "notes.txt", "not a ruling"),
                rejects.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> new RejectLog.Rejection(e.getKey(), e.getValue()).kind())));
        assertEquals(RulingCheck.NOT_A_RULING, rejects.get("notes.txt"));
        assertEquals("analysis failed: java.lang.IllegalStateException: extractor bug", rejects.get("crash.txt"));
    }

    /** Stands in for the extractors: a court when the text names a cour d'appel, and the real zones (a ruling has a dispositif). */
    static Ruling fakeExtraction(ParsedDocument doc) {
        if (doc.text().contains(CRASH)) {
            throw new IllegalStateException("extractor bug");
        }
        Court court = Pattern.compile("(?i)cour d['’]appel").matcher(doc.text()).find()
                ? new Court("cour_appel", "Cour d'appel", null) : null;
        return new Ruling(RulingId.of(court, null, List.of(), doc.sha256()), doc.source(), doc.sha256(), doc.mediaType(),
                court, null, null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null,
                ZoneSegmenter.segment(TextCleaner.clean(doc.text())));
    }

    /** An index in memory, by id like the real one, that can be told to fail once. */
    static final class FakeIndex implements RulingSink {
        private final Map<String, Ruling> byId = new ConcurrentHashMap<>();
        private final AtomicInteger accepts = new AtomicInteger();
        private volatile int failAt;

        void reset() {
            byId.clear();
            accepts.set(0);
            failAt = 0;
        }

        void failAtAccept(int n) {
            failAt = n;
        }

        int size() {
            return byId.size();
        }

        @Override
        public void accept(Ruling ruling, String text) throws IOException {
            if (accepts.incrementAndGet() == failAt) {
                throw new IOException("disk full");
            }
            byId.put(ruling.id(), ruling);
        }

        @Override
        public void commit() {
        }
    }

    @TestConfiguration
    static class Fakes {
        @Bean
        @Primary
        Function<ParsedDocument, Ruling> fakeExtraction() {
            return ImportJobTest::fakeExtraction;
        }

        @Bean
        FakeIndex fakeIndex() {
            return new FakeIndex();
        }

        @Bean
        @Primary
        Function<Path, RulingSink> fakeIndexSink(FakeIndex index) {
            return dir -> index;
        }
    }
}
