package fr.arretiste.extract;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A stretch of text folded for tolerant comparison: lower case, accents dropped, every run of
 * white space one space; each folded character remembers its offset in the text, so that a match
 * found in the folded form has a true end in the original.
 */
final class FoldedText {
    /** The folded form of every Latin character (ASCII to Latin Extended-B), computed once: Normalizer is slow. */
    private static final String[] LATIN = new String[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = foldOne(c);
        }
    }

    private final StringBuilder folded = new StringBuilder();
    private int[] origin;

    private FoldedText(CharSequence text, int start, int end) {
        origin = new int[end - start + 1];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (folded.isEmpty() || folded.charAt(folded.length() - 1) == ' ') {
                    continue;
                }
                append(' ', i);
            } else {
                String f = fold(c);
                for (int k = 0; k < f.length(); k++) {
                    append(f.charAt(k), i);
                }
            }
        }
    }

    /** The folded form of {@code text} from {@code start}, at most {@code length} characters of it. */
    static FoldedText of(CharSequence text, int start, int length) {
        return new FoldedText(text, start, Math.min(text.length(), start + length));
    }

    /** Lower case without accents, runs of spaces as one: "Procédure" gives "procedure", "Œuvre" "oeuvre". */
    static String fold(String s) {
        return new FoldedText(s, 0, s.length()).text();
    }

    /** One character folded: "É" gives "e", "œ" "oe". */
    static String fold(char c) {
        return c < LATIN.length ? LATIN[c] : foldOne(c);
    }

    private static String foldOne(char c) {
        if (c < 128) {
            return String.valueOf(Character.toLowerCase(c));
        }
        if (c == 'œ' || c == 'Œ') {
            return "oe";
        }
        StringBuilder bare = new StringBuilder();
        for (char d : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                bare.append(Character.toLowerCase(d));
            }
        }
        return bare.toString();
    }

    private void append(char c, int at) {
        if (folded.length() == origin.length) {
            origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[folded.length()] = at;
        folded.append(c);
    }

    String text() {
        return folded.toString();
    }

    /** The offset in the original text just after the first {@code foldedLength} folded characters. */
    int originalEnd(int foldedLength) {
        return origin[foldedLength - 1] + 1;
    }
}
