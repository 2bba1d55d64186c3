package fr.arretiste.extract;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A stretch of text folded for tolerant comparison: lower case, accents dropped, every run of
 * white space one space; each folded character remembers its offset in the text, so that a match
 * found in the folded form has a true end in the original.
 */
final class FoldedText {
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
                for (char f : fold(c).toCharArray()) {
                    append(f, i);
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

    private static String fold(char c) {
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

    /** A prefix of the folded text: its length and its edit distance to the name sought. */
    record Prefix(int length, int distance) {
    }

    /**
     * The prefix of this text closest to {@code name} (a folded name), ending at a word boundary,
     * if its edit distance is at most {@code tolerance}; null otherwise. Ties go to the prefix
     * nearest in length to the name. Start is anchored, end is free: one dynamic-programming table
     * of the name against a window of the text, computed only in the band |i - j| <= tolerance
     * that can hold such a match.
     */
    Prefix closestPrefix(String name, int tolerance) {
        int m = name.length();
        int n = Math.min(folded.length(), m + tolerance);
        if (n < m - tolerance) {
            return null;
        }
        int beyond = tolerance + 1;
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = Math.min(j, beyond);
        }
        for (int i = 1; i <= m; i++) {
            Arrays.fill(current, beyond);
            if (i <= tolerance) {
                current[0] = i;
            }
            for (int j = Math.max(1, i - tolerance); j <= Math.min(n, i + tolerance); j++) {
                int substitution = previous[j - 1] + (name.charAt(i - 1) == folded.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(beyond, Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int best = -1;
        for (int j = Math.max(1, m - tolerance); j <= n; j++) {
            boolean boundary = j == folded.length() || !Character.isLetterOrDigit(folded.charAt(j));
            if (boundary && previous[j] <= tolerance
                    && (best < 0 || previous[j] < previous[best]
                            || previous[j] == previous[best] && Math.abs(j - m) < Math.abs(best - m))) {
                best = j;
            }
        }
        return best < 0 ? null : new Prefix(best, previous[best]);
    }
}
