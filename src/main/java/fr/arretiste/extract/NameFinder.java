package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;

import fr.arretiste.ruling.Span;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * The names of people in a ruling's text by a trained OpenNLP name finder: natural persons
 * ({@link #PERSON}), lawyers ({@link #LAWYER}), magistrates and clerks ({@link #MAGISTRATE}).
 * Sentences come from {@link FrenchSentences}, tokens from OpenNLP's {@link SimpleTokenizer}, for
 * training and use alike ({@link #tokens}).
 * Thread-safe: the model is shared, each thread has its own {@link NameFinderME}.
 */
public final class NameFinder {
    /** The model's file in the models folder. */
    public static final String FILE = "names-ner.bin";
    public static final String PERSON = "person";
    public static final String LAWYER = "lawyer";
    public static final String MAGISTRATE = "magistrate";

    private final ThreadLocal<NameFinderME> finder;

    public NameFinder(TokenNameFinderModel model) {
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The finder of the standard models folder (see {@link ModelFiles}). */
    public static NameFinder standard() {
        return new NameFinder(ModelFiles.shared(FILE, TokenNameFinderModel::new));
    }

    /** A name found: its type and where it is in the text searched. */
    public record Found(String type, Span span) {
    }

    /** The names in {@code text} between {@code from} and {@code to}, with offsets into {@code text}. */
    public List<Found> find(String text, int from, int to) {
        NameFinderME me = finder.get();
        me.clearAdaptiveData();
        List<Found> names = new ArrayList<>();
        for (Span sentence : FrenchSentences.of(text.substring(from, to))) {
            int start = from + sentence.start();
            opennlp.tools.util.Span[] tokens = tokens(text.substring(start, from + sentence.end()));
            for (opennlp.tools.util.Span name : me.find(words(text, start, tokens))) {
                names.add(new Found(name.getType(), new Span(start + tokens[name.getStart()].getStart(),
                        start + tokens[name.getEnd() - 1].getEnd())));
            }
        }
        return names;
    }

    /** The first name of {@code type} in {@code text} as written there, or null. */
    public String first(String text, String type) {
        return find(text, 0, text.length()).stream().filter(f -> f.type().equals(type)).findFirst()
                .map(f -> f.span().of(text)).orElse(null);
    }

    /** The words of {@code tokens}, spans of the sentence at {@code start} in {@code text}. */
    public static String[] words(String text, int start, opennlp.tools.util.Span[] tokens) {
        String[] words = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = text.substring(start + tokens[i].getStart(), start + tokens[i].getEnd());
        }
        return words;
    }

    /** The tokens of one sentence, as character spans of it. */
    public static opennlp.tools.util.Span[] tokens(String sentence) {
        return SimpleTokenizer.INSTANCE.tokenizePos(sentence);
    }
}
