package fr.arretiste.train;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import opennlp.tools.cmdline.namefind.TokenNameFinderDetailedFMeasureListener;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderCrossValidator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name finder on the silver annotations ({@link NameSamples}) with OpenNLP's default
 * context features, and measures it by 10-fold cross-validation (precision, recall, F1 per type).
 */
final class NameFinderTrainer {
    private static final int FOLDS = 10;
    private static final int ITERATIONS = 100;
    private static final int CUTOFF = 3;

    private NameFinderTrainer() {
    }

    static String description() {
        return CategorizerTraining.describe(ITERATIONS, CUTOFF);
    }

    static TrainingParameters parameters() {
        return CategorizerTraining.maxent(ITERATIONS, CUTOFF);
    }

    private static TokenNameFinderFactory factory() throws IOException {
        return TokenNameFinderFactory.create(null, null, Map.of(), new BioCodec());
    }

    static TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        return NameFinderME.train("fr", null, new CollectionObjectStream<>(samples), parameters(), factory());
    }

    /** The 10-fold cross-validation report: precision, recall and F1, overall and per type. */
    static String crossValidate(List<NameSample> samples) throws IOException {
        TokenNameFinderDetailedFMeasureListener detailed = new TokenNameFinderDetailedFMeasureListener();
        TokenNameFinderCrossValidator cv = new TokenNameFinderCrossValidator("fr", null, parameters(), factory(), detailed);
        cv.evaluate(new CollectionObjectStream<>(samples), FOLDS);
        return String.format("%d-fold cross-validation on %d sentences: %s%n%n", FOLDS, samples.size(), cv.getFMeasure())
                + detailed.createReport(java.util.Locale.ROOT);
    }
}
