package fr.arretiste.train;

import java.util.List;

import fr.arretiste.extract.OutcomeClassifier;
import fr.arretiste.extract.OutcomeExtractor;
import opennlp.tools.doccat.DocumentSample;

/**
 * The samples of the outcome classifier: the dispositifs of the rulings whose solution the
 * court's database or the hand annotation gives (cours d'appel and Cour de cassation).
 */
final class OutcomeTrainer {
    static final CategorizerTraining TRAINING = new CategorizerTraining(200, 2);

    private OutcomeTrainer() {
    }

    /** One sample per labelled ruling: what {@link OutcomeExtractor} reads as its dispositif. */
    static List<DocumentSample> samples(List<TrainingRuling> rulings) {
        return rulings.stream().filter(r -> r.solution() != null).map(r -> {
            String dispositif = OutcomeExtractor.dispositifRead(r.text());
            return new DocumentSample(r.solution(),
                    OutcomeClassifier.features(dispositif, OutcomeExtractor.courtKind(dispositif, r.courtKind())));
        }).toList();
    }
}
