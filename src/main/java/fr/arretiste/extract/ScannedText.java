package fr.arretiste.extract;

import java.util.regex.Pattern;

import fr.arretiste.extract.AnchoredMatcher.Anchored;

/**
 * A ruling's text with what makes searching it fast, worked out once: its {@link CaseFold case-folded} copy
 * (for {@link AnchoredMatcher}) and its line starts (for {@link LineStartMatcher}).
 */
record ScannedText(String text, String folded, int[] lineStarts) {
    static ScannedText of(String text) {
        return new ScannedText(text, CaseFold.of(text), LineStartMatcher.lineStarts(text));
    }

    /** The matches of a line-anchored pattern in {@code text[0, end)}, as if that were the whole text. */
    LineStartMatcher lines(Pattern pattern, int end) {
        return new LineStartMatcher(pattern, text, lineStarts, 0, end);
    }

    LineStartMatcher lines(Pattern pattern) {
        return lines(pattern, text.length());
    }

    /** The matches of an anchored pattern in {@code text[0, end)}, as if that were the whole text. */
    AnchoredMatcher words(Anchored anchored, int end) {
        return end == text.length() ? new AnchoredMatcher(anchored, text, folded)
                : new AnchoredMatcher(anchored, text.substring(0, end), folded.substring(0, end));
    }

    AnchoredMatcher words(Anchored anchored) {
        return words(anchored, text.length());
    }
}
