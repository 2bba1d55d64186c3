package fr.arretiste.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.arretiste.extract.OutcomeClassifier;
import fr.arretiste.extract.OutcomeExtractor;
import opennlp.tools.cmdline.doccat.DoccatFineGrainedReportListener;
import opennlp.tools.doccat.DoccatCrossValidator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the outcome classifier on the dispositifs of the rulings whose solution the court's
 * database or the hand annotation gives (cours d'appel and Cour de cassation), and measures it by
 * 10-fold cross-validation with OpenNLP's evaluator.
 */
final class OutcomeTrainer {
    private static final int FOLDS = 10;

    private OutcomeTrainer() {
    }

    /** Fixed parameters: maxent (GIS), 200 iterations, features seen fewer than 2 times dropped. */
    static TrainingParameters parameters() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, 200);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /** One sample per labelled ruling: what {@link OutcomeExtractor} reads as its dispositif. */
    static List<DocumentSample> samples(List<TrainingRuling> rulings) {
        return rulings.stream().filter(r -> r.solution() != null).map(r -> {
            String dispositif = OutcomeExtractor.dispositifRead(r.text());
            return new DocumentSample(r.solution(),
                    OutcomeClassifier.features(dispositif, OutcomeExtractor.courtKind(dispositif, r.courtKind())));
        }).toList();
    }

    static DoccatModel train(List<DocumentSample> samples) throws IOException {
        return DocumentCategorizerME.train("fr", new CollectionObjectStream<>(samples), parameters(), new DoccatFactory());
    }

    /** The 10-fold cross-validation report: accuracy, per-class figures and the confusion matrix. */
    static String crossValidate(List<DocumentSample> samples) throws IOException {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        DoccatFineGrainedReportListener listener = new DoccatFineGrainedReportListener(report);
        DoccatCrossValidator cv = new DoccatCrossValidator("fr", parameters(), new DoccatFactory(), listener);
        cv.evaluate(new CollectionObjectStream<>(samples), FOLDS);
        listener.writeReport();
        return String.format("%d-fold cross-validation on %d dispositifs: accuracy %.3f%n%n", FOLDS,
                cv.getDocumentCount(), cv.getDocumentAccuracy()) + report.toString(StandardCharsets.UTF_8);
    }
}
