package fr.arretiste.extract;

import java.util.Map;

import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * The text every extractor reads. {@code original} is the text as ingest gave it; {@code text} is
 * the same text cleaned by {@link TextCleaner} with the same length, so an offset found in
 * {@code text} is true in {@code original}. {@code metadata} is what the format itself says
 * (Judilibre exports), which an extractor may prefer to the text.
 */
public record RulingText(String original, String text, Zones zones, Map<String, String> metadata) {
    public RulingText {
        if (original.length() != text.length()) {
            throw new IllegalArgumentException("cleaned text must keep the original's length");
        }
    }

    /** For tests and callers with plain text: cleans it and finds the zones. */
    public static RulingText of(String original, Map<String, String> metadata) {
        String clean = TextCleaner.clean(original);
        return new RulingText(original, clean, ZoneSegmenter.segment(clean), metadata);
    }

    public static RulingText of(String original) {
        return of(original, Map.of());
    }

    /** The cleaned text of a zone, or "" where the ruling lacks it. */
    public String zone(Span span) {
        return span == null ? "" : span.of(text);
    }
}
