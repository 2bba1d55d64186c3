package fr.arretiste.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.cli.Main;
import fr.arretiste.testing.GeneratedCorpus;
import fr.arretiste.testing.ImportProcess;
import fr.arretiste.testing.TrivialExtraction;

/**
 * Crash safety: an import process killed with SIGKILL mid-run, killed again as soon as it resumes
 * (before its first commit), killed a third time mid-run, then run again, ends with the very
 * index, rulings.jsonl, rejects and counts of an uninterrupted run: no ruling missing, none twice.
 * The corpus is 200 generated rulings and a few notes; the killed runs are slowed down (a few ms
 * per file) and committed in small chunks, so that the kills land mid-run.
 */
class CrashRecoveryTest {
    private static final int RULINGS = 200;
    private static final int NOTES = 5;

    @TempDir
    Path tmp;

    @Test
    void aKilledImportResumedEndsLikeAnUninterruptedOne() throws Exception {
        Path corpus = GeneratedCorpus.write(tmp.resolve("corpus"), RULINGS, NOTES);
        ImportPaths reference = new ImportPaths(List.of(corpus), tmp.resolve("reference/index"));
        ImportPaths crashed = new ImportPaths(List.of(corpus), tmp.resolve("crashed/index"));

        assertEquals(0, Main.run("import", corpus.toString(), "--index", reference.index().toString(),
                "--spring.main.sources=" + TrivialExtraction.class.getName()));
        ImportProcess.killWhenIndexed(corpus, crashed.index(), tmp.resolve("killed-1.log"), 30);
        ImportProcess.killWhenResuming(corpus, crashed.index(), tmp.resolve("killed-2.log"));
        ImportProcess.killWhenIndexed(corpus, crashed.index(), tmp.resolve("killed-3.log"), 120);
        ImportProcess last = ImportProcess.start(corpus, crashed.index(), tmp.resolve("last.log"), List.of());
        assertEquals(0, last.waitFor(), last.output());

        ImportOutputs expected = ImportOutputs.of(reference);
        ImportOutputs actual = ImportOutputs.of(crashed);
        assertEquals(RULINGS, expected.indexIds().size());
        assertEquals(expected.indexIds(), actual.indexIds());
        assertEquals(expected.indexJson(), actual.indexJson());
        assertEquals(expected.rulingsLines(), actual.rulingsLines());
        assertEquals(expected.rejects(), actual.rejects());
        assertEquals(List.of((long) RULINGS + NOTES, (long) RULINGS, (long) NOTES),
                List.of(actual.report().files(), actual.report().added(), actual.report().rejected()), last.output());
    }
}
