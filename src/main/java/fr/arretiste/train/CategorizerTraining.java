package fr.arretiste.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import opennlp.tools.cmdline.doccat.DoccatFineGrainedReportListener;
import opennlp.tools.doccat.DoccatCrossValidator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Training and 10-fold cross-validation of an OpenNLP document categorizer (maxent, GIS, one
 * thread) over samples whose "words" are already the features (OpenNLP's bag of words then
 * takes each as one feature).
 */
final class CategorizerTraining {
    private static final int FOLDS = 10;
    private final int iterations;
    private final int cutoff;

    CategorizerTraining(int iterations, int cutoff) {
        this.iterations = iterations;
        this.cutoff = cutoff;
    }

    String parameters() {
        return describe(iterations, cutoff);
    }

    /** How {@link #maxent} parameters read in models/README.md. */
    static String describe(int iterations, int cutoff) {
        return "maxent (GIS), " + iterations + " iterations, cutoff " + cutoff;
    }

    private TrainingParameters params() {
        return maxent(iterations, cutoff);
    }

    /** Maxent (GIS) with these iterations and cutoff, on one thread so training is deterministic. */
    static TrainingParameters maxent(int iterations, int cutoff) {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    DoccatModel train(List<DocumentSample> samples) throws IOException {
        return DocumentCategorizerME.train("fr", new CollectionObjectStream<>(samples), params(), new DoccatFactory());
    }

    /** The 10-fold cross-validation report: accuracy, per-class figures and the confusion matrix. */
    String crossValidate(List<DocumentSample> samples, String what) throws IOException {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        DoccatFineGrainedReportListener listener = new DoccatFineGrainedReportListener(report);
        DoccatCrossValidator cv = new DoccatCrossValidator("fr", params(), new DoccatFactory(), listener);
        cv.evaluate(new CollectionObjectStream<>(samples), FOLDS);
        listener.writeReport();
        return String.format("%d-fold cross-validation on %d %s: accuracy %.3f%n%n", FOLDS,
                cv.getDocumentCount(), what, cv.getDocumentAccuracy()) + report.toString(StandardCharsets.UTF_8);
    }
}
