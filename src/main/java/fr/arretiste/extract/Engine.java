package fr.arretiste.extract;

import java.util.Locale;

/**
 * What extracts: the rules, the trained models, or both (the default: the rules where they are
 * certain, the models elsewhere). Chosen with {@code -Darretiste.engine=rules|models|combined};
 * the other two exist to measure each part alone (the ablation of models/README.md).
 */
public enum Engine {
    RULES, MODELS, COMBINED;

    public static final String PROPERTY = "arretiste.engine";

    public static Engine current() {
        String name = System.getProperty(PROPERTY, "combined").trim().toUpperCase(Locale.ROOT);
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be rules, models or combined, not " + name, e);
        }
    }

    /** The outcome extractor of this engine. */
    OutcomeExtractor outcome() {
        return this == RULES ? new OutcomeExtractor() : new OutcomeExtractor(OutcomeClassifier.standard(), this == MODELS);
    }

    PartyExtractor parties() {
        return this == RULES ? new PartyExtractor() : new PartyExtractor(NameFinder.standard(), PartyKindClassifier.standard(), this == MODELS);
    }

    BenchExtractor bench() {
        return this == RULES ? new BenchExtractor() : new BenchExtractor(NameFinder.standard(), this == MODELS);
    }
}
