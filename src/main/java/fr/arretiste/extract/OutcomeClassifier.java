package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The solution of a dispositif by a trained OpenNLP document categorizer (maxent), for the
 * dispositifs no rule of {@link OutcomeExtractor} is certain of. Its features are the court kind,
 * the leading words of each disposition ("confirme", "déclare irrecevable") and the words of the
 * dispositif, built by {@link #features} for training and use alike.
 * Thread-safe: the model is shared, each thread has its own {@link DocumentCategorizerME}.
 */
public final class OutcomeClassifier {
    /** The model's file in the models folder. */
    public static final String FILE = "outcome-doccat.bin";

    /** A disposition: a line or a clause after ";" or ":". */
    private static final Pattern DISPOSITION = Pattern.compile("[^;:\\n]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
    /** Words before a disposition's verb that say nothing of it: list marks are not words; pronouns. */
    private static final Pattern PRONOUN = Pattern.compile("nous|se|le|la|les|l'\\p{L}+|et");

    private final ThreadLocal<DocumentCategorizerME> categorizer;

    public OutcomeClassifier(DoccatModel model) {
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** The classifier of the standard models folder (see {@link ModelFiles}). */
    public static OutcomeClassifier standard() {
        return new OutcomeClassifier(ModelFiles.shared(FILE, DoccatModel::new));
    }

    /** The most likely solution of {@code dispositif}, given by a court of {@code courtKind} (null if unknown). */
    public String solution(String dispositif, String courtKind) {
        DocumentCategorizerME me = categorizer.get();
        return me.getBestCategory(me.categorize(features(dispositif, courtKind)));
    }

    /** What the model sees of a dispositif. */
    public static String[] features(String dispositif, String courtKind) {
        List<String> features = new ArrayList<>();
        features.add("court=" + courtKind);
        Matcher disposition = DISPOSITION.matcher(dispositif);
        while (disposition.find()) {
            List<String> words = words(disposition.group());
            int verb = 0;
            while (verb < words.size() - 1 && PRONOUN.matcher(words.get(verb)).matches()) {
                verb++;
            }
            if (verb < words.size()) {
                features.add("lead=" + words.get(verb));
                features.add("lead2=" + String.join("_", words.subList(verb, Math.min(words.size(), verb + 2))));
            }
            words.forEach(w -> features.add("w=" + w));
        }
        return features.toArray(String[]::new);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
