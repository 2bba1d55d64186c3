package fr.arretiste.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.ruling.Span;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentence boundaries of French text with OpenNLP's French sentence model (UD GSD, from Maven
 * Central's {@code opennlp-models-sentdetect-fr}). Rulings put every heading, party and claim on
 * its own line, so lines are split first and the model only decides inside a line.
 * Thread-safe: the model is shared, each thread has its own {@link SentenceDetectorME}, which is not.
 */
public final class FrenchSentences {
    static final String MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SENTENCE_MODEL = load();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCE_MODEL));
    /** A line with some text in it. */
    private static final Pattern LINE = Pattern.compile("[^\\n]*\\S[^\\n]*");

    private FrenchSentences() {
    }

    /** The sentences of {@code text}, as spans of it, in order. */
    public static List<Span> of(String text) {
        List<Span> sentences = new ArrayList<>();
        SentenceDetectorME detector = DETECTOR.get();
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            for (opennlp.tools.util.Span s : detector.sentPosDetect(line.group())) {
                sentences.add(new Span(line.start() + s.getStart(), line.start() + s.getEnd()));
            }
        }
        return sentences;
    }

    private static SentenceModel load() {
        try (InputStream in = FrenchSentences.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("French sentence model " + MODEL
                        + " missing from the classpath (dependency org.apache.opennlp:opennlp-models-sentdetect-fr)");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read French sentence model " + MODEL, e);
        }
    }
}
