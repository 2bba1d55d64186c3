package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Whether a bare name ("Margaret SUZANNE", "ADVIVO") is a natural or a legal person, by a trained
 * OpenNLP document categorizer over the name's words and their shapes. Asked only of a name the
 * rules cannot place: written alone, with no title, article, company noun or legal form.
 * Thread-safe: the model is shared, each thread has its own {@link DocumentCategorizerME}.
 */
public final class PartyKindClassifier {
    /** The model's file in the models folder. */
    public static final String FILE = "party-kind-doccat.bin";
    /** How sure the model must be to turn the rules' "legal person" into a natural one. */
    private static final double PERSON_CONFIDENCE = 0.8;

    private final ThreadLocal<DocumentCategorizerME> categorizer;

    public PartyKindClassifier(DoccatModel model) {
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** The classifier of the standard models folder (see {@link ModelFiles}). */
    public static PartyKindClassifier standard() {
        return new PartyKindClassifier(ModelFiles.shared(FILE, DoccatModel::new));
    }

    /** Whether the model is confident {@code name} is a natural person's. */
    public boolean person(String name) {
        DocumentCategorizerME me = categorizer.get();
        double[] outcomes = me.categorize(features(name));
        int index = me.getIndex(PartyName.PHYSIQUE);
        return index >= 0 && outcomes[index] >= PERSON_CONFIDENCE;
    }

    /** What the model sees of a name: its words, their shapes, the first word and the count. */
    public static String[] features(String name) {
        String[] words = name.strip().split("\\s+");
        List<String> features = new ArrayList<>();
        StringBuilder shapes = new StringBuilder();
        for (String w : words) {
            features.add("w=" + w.toLowerCase(Locale.ROOT));
            features.add("shape=" + shape(w));
            shapes.append(shape(w)).append('_');
        }
        features.add("first=" + words[0].toLowerCase(Locale.ROOT));
        features.add("shapes=" + shapes);
        features.add("n=" + Math.min(words.length, 5));
        return features.toArray(String[]::new);
    }

    /** "Xx" capitalised, "X" capitals, "x" lower case, "[X]" a placeholder, "9" with digits, "." other. */
    private static String shape(String word) {
        if (word.startsWith("[")) {
            return "[X]";
        }
        if (word.chars().anyMatch(Character::isDigit)) {
            return "9";
        }
        boolean upper = word.chars().anyMatch(Character::isUpperCase);
        boolean lower = word.chars().anyMatch(Character::isLowerCase);
        return upper && lower ? (Character.isUpperCase(word.charAt(0)) ? "Xx" : "xX") : upper ? "X" : lower ? "x" : ".";
    }
}
