package fr.arretiste.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.cli.Main;
import fr.arretiste.index.CommittedIndex;
import fr.arretiste.testing.ImportProcess;
import fr.arretiste.testing.TrivialExtraction;

/**
 * Crash safety: an import process killed with SIGKILL mid-run, twice, then run again, ends with
 * the very index, rulings.jsonl, rejects and counts of an uninterrupted run: no ruling missing,
 * none twice. The corpus is 200 generated rulings and a few notes; the killed runs are slowed
 * down (a few ms per file) and committed in small chunks, so that the kills land mid-run.
 */
class CrashRecoveryTest {
    private static final int RULINGS = 200;
    private static final int NOTES = 5;
    private static final String CITIES = "Dijon,Douai,Lyon,Grenoble,Metz,Riom,Poitiers,Rennes";
    private static final List<String> SLOW = List.of("-Darretiste.import.chunk-size=5", "-Darretiste.test.extraction-delay-ms=25");

    @TempDir
    Path tmp;

    @Test
    void aKilledImportResumedEndsLikeAnUninterruptedOne() throws Exception {
        Path corpus = corpus(tmp.resolve("corpus"));
        ImportPaths reference = new ImportPaths(List.of(corpus), tmp.resolve("reference/index"));
        ImportPaths crashed = new ImportPaths(List.of(corpus), tmp.resolve("crashed/index"));

        assertEquals(0, Main.run("import", corpus.toString(), "--index", reference.index().toString(),
                "--spring.main.sources=" + TrivialExtraction.class.getName()));
        killWhenIndexed(crashed, 30);
        killWhenIndexed(crashed, 120);
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

    /** Starts the import slowed down, and kills it once the index holds {@code rulings} rulings. */
    private void killWhenIndexed(ImportPaths paths, int rulings) throws IOException, InterruptedException {
        Path log = tmp.resolve("killed-at-" + rulings + ".log");
        ImportProcess run = ImportProcess.start(paths.inputs().getFirst(), paths.index(), log, SLOW);
        while (run.isAlive() && CommittedIndex.count(paths.index()) < rulings) {
            Thread.sleep(10);
        }
        assertTrue(run.isAlive(), "the import ended before it could be killed: " + run.output());
        run.kill();
    }

    /** Rulings that differ in court, date and number, and notes that are not rulings. */
    private static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        String[] cities = CITIES.split(",");
        for (int i = 0; i < RULINGS; i++) {
            String city = cities[i % cities.length];
            Files.writeString(dir.resolve(String.format("ca-%s-%03d.txt", city.toLowerCase(), i)), String.format("""
                    COUR D'APPEL DE %s
                    ARRÊT DU %d OCTOBRE 2024
                    N° RG 24/%05d
                    L'affaire a été débattue en audience publique devant la cour, qui a délibéré. L'appelante \
                    fait grief au jugement d'avoir rejeté sa demande ; l'intimée conclut à la confirmation.
                    PAR CES MOTIFS, la cour confirme le jugement en toutes ses dispositions.
                    """, city.toUpperCase(), 1 + i % 28, i));
        }
        for (int i = 0; i < NOTES; i++) {
            Files.writeString(dir.resolve("note-" + i + ".txt"), "Pièces à apporter au rendez-vous n° " + i + ".\n");
        }
        return dir;
    }
}
