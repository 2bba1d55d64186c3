package fr.arretiste.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.eval.SharedFolder;
import fr.arretiste.extract.ModelFiles;
import fr.arretiste.extract.NameFinder;
import fr.arretiste.extract.OutcomeClassifier;
import fr.arretiste.extract.PartyKindClassifier;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * `arretiste train` on a tiny sample of the shared data (a dozen rulings, two silver files):
 * every model is written, readable, and the README holds its cross-validation. Accuracy is the
 * evaluators' business, not this test's.
 */
class ModelTrainingTest {
    private static final int RULINGS = 12;
    private static final int SILVER = 2;

    @TempDir
    Path work;

    @Test
    void rebuildsEveryModelAndItsReadme() throws IOException {
        Path shared = SharedFolder.resolve("data").orElse(null);
        assumeTrue(shared != null, "../shared/data is not there");
        Path data = sample(shared);
        Path out = work.resolve("models");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        new ModelTraining(data, out, new PrintStream(log, true, StandardCharsets.UTF_8)).run();

        ModelFiles models = new ModelFiles(out, false);
        assertTrue(models.read(OutcomeClassifier.FILE, DoccatModel::new).getMaxentModel().getNumOutcomes() > 1);
        assertTrue(models.read(PartyKindClassifier.FILE, DoccatModel::new).getMaxentModel().getNumOutcomes() > 1);
        assertTrue(models.read(NameFinder.FILE, TokenNameFinderModel::new).getNameFinderSequenceModel().getOutcomes().length > 1);
        String readme = Files.readString(out.resolve("README.md"));
        assertEquals(3, readme.split("10-fold cross-validation on ", -1).length - 1, readme);
    }

    /** The first cour d'appel rulings in plain text with their truth, and the first silver files. */
    private Path sample(Path shared) throws IOException {
        Path data = work.resolve("data");
        for (String folder : List.of("rulings", "truth", "gold", "silver")) {
            Files.createDirectories(data.resolve(folder));
        }
        try (Stream<Path> rulings = Files.list(shared.resolve("rulings"))) {
            for (Path ruling : rulings.filter(p -> p.getFileName().toString().matches("ca-.*\\.txt")).sorted().limit(RULINGS).toList()) {
                String id = ruling.getFileName().toString().replace(".txt", "");
                Files.copy(ruling, data.resolve("rulings").resolve(ruling.getFileName()));
                Files.copy(shared.resolve("truth").resolve(id + ".json"), data.resolve("truth").resolve(id + ".json"));
            }
        }
        try (Stream<Path> silver = Files.list(shared.resolve("silver"))) {
            for (Path file : silver.filter(p -> p.getFileName().toString().startsWith("ca-")).sorted().limit(SILVER).toList()) {
                Files.copy(file, data.resolve("silver").resolve(file.getFileName()));
            }
        }
        return data;
    }
}
