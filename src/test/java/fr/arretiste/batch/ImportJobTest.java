package fr.arretiste.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.testing.TrivialExtraction;
import fr.arretiste.ruling.Ruling;

/**
 * The import job on a small folder: three real rulings and four files that are not (corrupt PDF,
 * empty file, a note, a file the extractor chokes on), plus a link loop that cannot be listed.
 * Extraction is {@link TrivialExtraction}, watched: the test knows which files were analysed.
 */
@SpringBootTest(classes = {ImportApplication.class, ImportJobTest.Watched.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:importjob;DB_CLOSE_DELAY=-1", "arretiste.import.chunk-size=2", "spring.main.banner-mode=off"})
class ImportJobTest {
    private static final Path SHARED = Path.of("/work/shared/data/rulings");
    private static final String DIJON = "ca-dijon-2024-10-22-24-00354.txt";
    private static final String DOUAI = "ca-douai-2022-12-08-21-01153.txt";
    private static final String LYON = "ca-lyon-2024-10-22-20-06085.txt";
    private static final String GRENOBLE = "ca-grenoble-2024-10-22-22-02661.txt";
    private static final Map<String, String> REJECTS = Map.of(
            "corrupt.pdf", "truncated PDF (it does not end with %%EOF)",
            "crash.txt", "analysis failed",
            "empty.txt", "empty file",
            "loop", "symbolic-link loop",
            "notes.txt", "not a ruling");

    /** The sources extraction was asked to analyse, and the one it fails on as a crash would (once). */
    static final Set<String> analysed = new ConcurrentSkipListSet<>();
    static volatile String crashOn;

    @TempDir
    Path tmp;
    Path corpus;
    ImportPaths paths;

    @Autowired
    ImportLauncher launcher;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of(DIJON, DOUAI, LYON)) {
            Files.copy(SHARED.resolve(name), corpus.resolve(name));
        }
        Files.write(corpus.resolve("corrupt.pdf"), new byte[] {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, (byte) 0xff, 0x42});
        Files.createFile(corpus.resolve("empty.txt"));
        Files.writeString(corpus.resolve("notes.txt"), "Pièces à apporter au rendez-vous : bail, quittances, photos.\n");
        Files.writeString(corpus.resolve("crash.txt"), "COUR D'APPEL DE DIJON " + TrivialExtraction.CRASH + "\n");
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        paths = new ImportPaths(List.of(corpus), tmp.resolve("output/index"));
        analysed.clear();
        crashOn = null;
    }

    @Test
    void importsTheRulingsAndLogsEveryRejectedFile() throws Exception {
        JobExecution run = launcher.run(paths, false);

        assertEquals(BatchStatus.COMPLETED, run.getStatus());
        ImportOutputs out = ImportOutputs.of(paths);
        assertEquals(names(DIJON, DOUAI, LYON), names(out.rulingSources()));
        assertEquals(out.indexJson(), out.rulingsLines());
        assertEquals(REJECTS, out.rejectKinds(corpus));
        assertEquals("analysis failed: java.lang.IllegalStateException: extractor bug",
                out.rejects().get(corpus.resolve("crash.txt").toString()));
        assertEquals(List.of(8L, 3L, 0L, 0L, 5L, 0L, 3L), counts(out.report()));
    }

    @Test
    void aFailedRunIsResumedWithoutDuplicates() throws Exception {
        crashOn = LYON; // in the second chunk: the first is committed when the run fails

        JobExecution failed = launcher.run(paths, false);
        JobExecution resumed = launcher.run(paths, false);

        assertEquals(BatchStatus.FAILED, failed.getStatus());
        assertEquals(BatchStatus.COMPLETED, resumed.getStatus());
        assertEquals(failed.getJobInstance().getInstanceId(), resumed.getJobInstance().getInstanceId());
        ImportOutputs out = ImportOutputs.of(paths);
        assertEquals(names(DIJON, DOUAI, LYON), names(out.rulingSources()));
        assertEquals(out.indexJson(), out.rulingsLines());
        assertEquals(REJECTS, out.rejectKinds(corpus));
        assertEquals(List.of(8L, 3L, 0L, 0L, 5L, 0L, 3L), counts(out.report()));

        JobExecution again = launcher.run(paths, false);
        assertNotEquals(resumed.getJobInstance().getInstanceId(), again.getJobInstance().getInstanceId());
        assertEquals(BatchStatus.COMPLETED, again.getStatus());
        assertEquals(out.rulingsLines(), ImportOutputs.of(paths).rulingsLines());
    }

    @Test
    void analysesOnlyWhatChangedAndRemovesWhatLeft() throws Exception {
        launcher.run(paths, false);
        Files.writeString(corpus.resolve(DOUAI), "\n", StandardOpenOption.APPEND);
        Files.delete(corpus.resolve(LYON));
        Files.copy(SHARED.resolve(GRENOBLE), corpus.resolve(GRENOBLE));
        analysed.clear();

        JobExecution second = launcher.run(paths, false);

        assertEquals(BatchStatus.COMPLETED, second.getStatus());
        assertEquals(names(DOUAI, GRENOBLE), names(analysed));
        ImportOutputs out = ImportOutputs.of(paths);
        assertEquals(names(DIJON, DOUAI, GRENOBLE), names(out.rulingSources()));
        assertEquals(out.indexJson(), out.rulingsLines());
        assertEquals(REJECTS, out.rejectKinds(corpus), "unchanged rejected files keep their reason");
        assertEquals(List.of(8L, 1L, 1L, 1L, 5L, 1L, 3L), counts(out.report()));
        assertEquals(List.of(corpus.resolve(LYON).toString()), out.report().removedSources());

        analysed.clear();
        JobExecution full = launcher.run(paths, true);

        assertEquals(BatchStatus.COMPLETED, full.getStatus());
        assertEquals(names(DIJON, DOUAI, GRENOBLE, "crash.txt", "notes.txt"), names(analysed));
        ImportOutputs rebuilt = ImportOutputs.of(paths);
        assertEquals(out.rulingsLines(), rebuilt.rulingsLines());
        assertEquals(List.of(8L, 3L, 0L, 0L, 5L, 0L, 3L), counts(rebuilt.report()));
    }

    /** Issue 6: a nightly run over an unchanged corpus must not rewrite rulings.jsonl from every stored ruling. */
    @Test
    void aRunThatChangesNothingKeepsRulingsJsonlAsItIs() throws Exception {
        launcher.run(paths, false);
        FileTime written = Files.getLastModifiedTime(paths.rulings());

        JobExecution again = launcher.run(paths, false);

        assertEquals(BatchStatus.COMPLETED, again.getStatus());
        assertEquals(written, Files.getLastModifiedTime(paths.rulings()));
        ImportOutputs out = ImportOutputs.of(paths);
        assertEquals(out.indexJson(), out.rulingsLines());
        assertEquals(List.of(8L, 0L, 0L, 3L, 5L, 0L, 3L), counts(out.report()));
    }

    @Test
    void aRulingWhoseFileTurnsIntoJunkLeavesTheIndex() throws Exception {
        launcher.run(paths, false);
        Files.writeString(corpus.resolve(DIJON), "Liste des pièces : bail, quittances.\n");

        launcher.run(paths, false);

        ImportOutputs out = ImportOutputs.of(paths);
        assertEquals(names(DOUAI, LYON), names(out.rulingSources()));
        assertEquals(out.indexJson(), out.rulingsLines());
        assertEquals("not a ruling", out.rejectKinds(corpus).get(DIJON));
        assertEquals(List.of(8L, 0L, 0L, 2L, 6L, 0L, 2L), counts(out.report()));
    }

    /** files, new, changed, unchanged, rejected, removed, rulings. */
    private static List<Long> counts(ImportSummary s) {
        return List.of(s.files(), s.added(), s.changed(), s.unchanged(), s.rejected(), s.removed(), s.rulings());
    }

    private static Set<String> names(String... names) {
        return new TreeSet<>(List.of(names));
    }

    private static Set<String> names(Iterable<String> sources) {
        Set<String> names = new TreeSet<>();
        sources.forEach(s -> names.add(Path.of(s).getFileName().toString()));
        return names;
    }

    @TestConfiguration
    static class Watched {
        @Bean
        @Primary
        Function<ParsedDocument, Ruling> watchedExtraction() {
            return doc -> {
                analysed.add(doc.source());
                if (crashOn != null && doc.source().endsWith(crashOn)) {
                    crashOn = null;
                    throw new InternalError("simulated crash"); // an Error: not a rejected file, the run stops
                }
                return TrivialExtraction.extract(doc);
            };
        }
    }
}
