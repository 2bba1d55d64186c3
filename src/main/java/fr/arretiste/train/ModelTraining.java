package fr.arretiste.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import fr.arretiste.extract.NameFinder;
import fr.arretiste.extract.OutcomeClassifier;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.model.BaseModel;

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
        List<DocumentSample> outcomes = OutcomeTrainer.samples(TrainingData.rulings(data));
        log.println("outcome classifier: " + outcomes.size() + " labelled dispositifs, 10-fold cross-validation ...");
        String outcomeScores = OutcomeTrainer.crossValidate(outcomes);
        log.println(outcomeScores);
        write(OutcomeClassifier.FILE, OutcomeTrainer.train(outcomes));

        List<NameSample> names = NameSamples.of(TrainingData.folder(data, "silver"));
        log.println("name finder: " + names.size() + " sentences of silver/, 10-fold cross-validation ...");
        String nameScores = NameFinderTrainer.crossValidate(names);
        log.println(nameScores);
        write(NameFinder.FILE, NameFinderTrainer.train(names));

        List<ModelReport> reports = List.of(
                new ModelReport(OutcomeClassifier.FILE, "Outcome classifier (OpenNLP DocumentCategorizer)",
                        outcomes.size() + " dispositifs (cours d'appel and Cour de cassation) labelled with the solution of gold/, "
                                + "else of truth/ (outcome.solution); the dispositif is the zone ZoneSegmenter finds, else the "
                                + "decision's last 1000 characters, as OutcomeExtractor reads it",
                        "court kind; for each disposition (line or clause after ; or :) its leading word and first two words "
                                + "after pronouns; every word of the dispositif, lower-cased (OutcomeClassifier.features)",
                        "maxent (GIS), 200 iterations, cutoff 2; used only where no rule of OutcomeExtractor is certain",
                        outcomeScores),
                new ModelReport(NameFinder.FILE, "Name finder (OpenNLP TokenNameFinder)",
                        names.size() + " sentences of silver/ (the courts' pseudonymisation annotations, whose texts carry "
                                + "replacement names): personnePhysique -> person, professionnelAvocat -> lawyer, "
                                + "professionnelMagistratGreffier -> magistrate; adjacent annotations of one category make one "
                                + "name; every sentence with a name is kept and one in 8 of the others (NameSamples)",
                        "OpenNLP's default name-finder context (token, token class, neighbours, bigrams, sentence start, "
                                + "previous outcomes), BIO codec; sentences by FrenchSentences, tokens by SimpleTokenizer",
                        "maxent (GIS), 100 iterations, cutoff 3",
                        nameScores));
        Files.writeString(out.resolve("README.md"), ModelReadme.text(LocalDate.now(ZoneOffset.UTC), reports));
        log.println("wrote " + out.resolve("README.md"));
    }

    private void write(String file, BaseModel model) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out.resolve(file))) {
            model.serialize(stream);
        }
        log.println("wrote " + out.resolve(file));
    }
}
