package fr.arretiste.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import fr.arretiste.extract.NameFinder;
import fr.arretiste.extract.OutcomeClassifier;
import fr.arretiste.extract.PartyKindClassifier;
import tools.jackson.databind.JsonNode;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.model.BaseModel;
import org.slf4j.LoggerFactory;

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
        // OpenNLP logs every training iteration: the report says what matters.
        if (LoggerFactory.getLogger("opennlp") instanceof Logger opennlp) {
            opennlp.setLevel(Level.WARN);
        }
        Files.createDirectories(out);
        log.println("reading " + data.resolve("rulings") + " ...");
        List<TrainingRuling> rulings = TrainingData.rulings(data);
        List<JsonNode> silver = TrainingData.folder(data, "silver");
        List<DocumentSample> outcomes = OutcomeTrainer.samples(rulings);
        log.println("outcome classifier: " + outcomes.size() + " labelled dispositifs, 10-fold cross-validation ...");
        String outcomeScores = OutcomeTrainer.TRAINING.crossValidate(outcomes, "dispositifs");
        log.println(outcomeScores);
        write(OutcomeClassifier.FILE, OutcomeTrainer.TRAINING.train(outcomes));

        List<DocumentSample> kinds = PartyKindSamples.of(rulings, silver);
        log.println("party-kind classifier: " + kinds.size() + " names, 10-fold cross-validation ...");
        String kindScores = PartyKindSamples.TRAINING.crossValidate(kinds, "names");
        log.println(kindScores);
        write(PartyKindClassifier.FILE, PartyKindSamples.TRAINING.train(kinds));

        List<NameSample> names = NameSamples.of(silver);
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
                        OutcomeTrainer.TRAINING.parameters() + "; used only where no rule of OutcomeExtractor is certain",
                        outcomeScores),
                new ModelReport(PartyKindClassifier.FILE, "Party-kind classifier (OpenNLP DocumentCategorizer)",
                        kinds.size() + " distinct names: the parties of truth/ and gold/ with their kind, the natural persons "
                                + "of silver/ (replacement names, adjacent annotations merged), its personneMorale and "
                                + "etablissement as legal persons (PartyKindSamples)",
                        "each word lower-cased, each word's shape (Xx, X, x, [X], 9), the first word, the shape sequence, "
                                + "the word count (PartyKindClassifier.features)",
                        PartyKindSamples.TRAINING.parameters() + "; asked only of a party name written alone (no title, "
                                + "article, company noun or legal form), turning a legal person into a natural one at p >= 0.8",
                        kindScores),
                new ModelReport(NameFinder.FILE, "Name finder (OpenNLP TokenNameFinder)",
                        names.size() + " sentences of silver/ (the courts' pseudonymisation annotations, whose texts carry "
                                + "replacement names): personnePhysique -> person, professionnelAvocat -> lawyer, "
                                + "professionnelMagistratGreffier -> magistrate; adjacent annotations of one category make one "
                                + "name; every sentence with a name is kept and one in 8 of the others (NameSamples)",
                        "OpenNLP's default name-finder context (token, token class, neighbours, bigrams, sentence start, "
                                + "previous outcomes), BIO codec; sentences by FrenchSentences, tokens by SimpleTokenizer",
                        NameFinderTrainer.description() + "; used where the rules read no party name (person), "
                                + "no lawyer in a mention that speaks of an avocat (lawyer), no judge (magistrate)",
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
