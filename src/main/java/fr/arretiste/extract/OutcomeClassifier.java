package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** The court kinds of the training data. */
    private static final Set<String> TRAINED_KINDS = Set.of("cour_appel", "cour_cassation");

    private final ThreadLocal<DocumentCategorizerME> categorizer;

    public OutcomeClassifier(DoccatModel model) {
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** The classifier of the standard models folder (see {@link ModelFiles}). */
    public static OutcomeClassifier standard() {
        return new OutcomeClassifier(ModelFiles.shared(FILE, DoccatModel::new));
    }

    /**
     * The most likely solution of {@code dispositif} that a court of {@code courtKind} can give,
     * or null where the model knows nothing of that kind of court (it learnt from cours d'appel
     * and the Cour de cassation only).
     */
    public String solution(String dispositif, String courtKind) {
        if (!TRAINED_KINDS.contains(courtKind)) {
            return null;
        }
        DocumentCategorizerME me = categorizer.get();
        double[] outcomes = me.categorize(features(dispositif, courtKind));
        String best = null;
        for (int i = 0; i < outcomes.length; i++) {
            String solution = me.getCategory(i);
            if (givenBy(solution, courtKind) && (best == null || outcomes[i] > outcomes[me.getIndex(best)])) {
                best = solution;
            }
        }
        return best;
    }

    /** Only the Cour de cassation casses; only an appellate court confirms, infirms or annuls. */
    private static boolean givenBy(String solution, String courtKind) {
        boolean cassation = "cour_cassation".equals(courtKind);
        return solution.startsWith("cassation") ? cassation
                : !(solution.startsWith("confirmation") || solution.startsWith("infirmation") || solution.equals("annulation")) || !cassation;
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
