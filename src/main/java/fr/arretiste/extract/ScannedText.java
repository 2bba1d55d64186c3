package fr.arretiste.extract;

import java.util.regex.Pattern;

/**
 * A ruling's text with what makes searching it fast, worked out once: its {@link CaseFold case-folded} copy
 * (for {@link Anchored} patterns) and its {@link LineStarts line starts}.
 */
record ScannedText(String text, String folded, LineStarts lineStarts) {
    static ScannedText of(String text) {
        return new ScannedText(text, CaseFold.of(text), LineStarts.of(text));
    }

    /** The matches of a line-anchored pattern in {@code text[0, end)}, as if that were the whole text. */
    StartMatcher lines(Pattern pattern, int end) {
        return lineStarts.matches(pattern, 0, end);
    }

    StartMatcher lines(Pattern pattern) {
        return lines(pattern, text.length());
    }

    /** The matches of an anchored pattern in {@code text[0, end)}, as if that were the whole text. */
    StartMatcher words(Anchored anchored, int end) {
        return end == text.length() ? anchored.in(text, folded) : anchored.in(text.substring(0, end), folded.substring(0, end));
    }

    StartMatcher words(Anchored anchored) {
        return words(anchored, text.length());
    }
}
