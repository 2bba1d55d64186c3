package fr.arretiste.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import fr.arretiste.extract.OutcomeClassifier;
import opennlp.tools.doccat.DocumentSample;

/**
 * Rebuilds every model of the models folder from a data folder, deterministically (fixed
 * parameters, inputs sorted by id), prints their cross-validated scores and writes
 * {@code README.md} beside them.
 */
public final class ModelTraining {
    private final Path data;
    private final Path out;
    private final PrintStream log;

    public ModelTraining(Path data, Path out, PrintStream log) {
        this.data = data;
        this.out = out;
        this.log = log;
    }

    public void run() throws IOException {
        Files.createDirectories(out);
        log.println("reading " + data.resolve("rulings") + " ...");
        List<TrainingRuling> rulings = TrainingData.rulings(data);

        List<DocumentSample> outcomes = OutcomeTrainer.samples(rulings);
        log.println("outcome classifier: " + outcomes.size() + " labelled dispositifs, cross-validating ...");
        String outcomeScores = OutcomeTrainer.crossValidate(outcomes);
        log.println(outcomeScores);
        try (OutputStream file = Files.newOutputStream(out.resolve(OutcomeClassifier.FILE))) {
            OutcomeTrainer.train(outcomes).serialize(file);
        }
        log.println("wrote " + out.resolve(OutcomeClassifier.FILE));

        ModelReport outcome = new ModelReport(OutcomeClassifier.FILE, "Outcome classifier (OpenNLP DocumentCategorizer)",
                outcomes.size() + " dispositifs (cours d'appel and Cour de cassation) labelled with the solution of gold/, "
                        + "else of truth/ (outcome.solution); the dispositif is the zone ZoneSegmenter finds, else the "
                        + "decision's last 1000 characters, as OutcomeExtractor reads it",
                "court kind; for each disposition (line or clause after ; or :) its leading word and first two words "
                        + "after pronouns; every word of the dispositif, lower-cased (OutcomeClassifier.features)",
                "maxent (GIS), 200 iterations, cutoff 2; used only where no rule of OutcomeExtractor is certain",
                outcomeScores);
        Files.writeString(out.resolve("README.md"), ModelReadme.text(LocalDate.now(ZoneOffset.UTC), List.of(outcome)));
        log.println("wrote " + out.resolve("README.md"));
    }
}
