package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.doccat.DoccatModel;

/** A missing or corrupt model file fails with a message that names it and says how to rebuild it. */
class ModelFilesTest {
    @TempDir
    Path folder;

    @Test
    void missingFileIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ModelFiles(folder, false).read(OutcomeClassifier.FILE, DoccatModel::new));
        assertEquals("model file " + folder.resolve(OutcomeClassifier.FILE) + " is missing; run `bin/arretiste train` to rebuild it",
                e.getMessage());
    }

    @Test
    void corruptFileIsNamed() throws IOException {
        Files.writeString(folder.resolve(OutcomeClassifier.FILE), "not a model");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ModelFiles(folder, true).read(OutcomeClassifier.FILE, DoccatModel::new));
        assertTrue(e.getMessage().startsWith("model file " + folder.resolve(OutcomeClassifier.FILE)
                + " is corrupt or not a model of the expected kind"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; run `bin/arretiste train` to rebuild it"), e.getMessage());
    }

    @Test
    void packagedCopyServesWhenTheFolderHasNone() {
        DoccatModel model = new ModelFiles(folder, true).read(OutcomeClassifier.FILE, DoccatModel::new);
        assertTrue(model.getMaxentModel().getNumOutcomes() > 1);
    }
}
