package fr.arretiste.extract;

import java.util.regex.Matcher;

/**
 * Finds the first match of a pattern, the one {@code find} gives, trying the pattern only at the
 * offsets where a match can start: the line starts for a pattern that opens with a multiline
 * {@code ^}, the offsets of the words every match starts with. {@code find} tries every offset, and
 * over a long text that was slow. The matcher must have transparent and non-anchoring bounds: a
 * match tried at one offset is then the same whatever region it is tried in.
 */
final class AnchoredSearch {
    private AnchoredSearch() {
    }

    /** The first match of a pattern opening with {@code (?m)^} that starts in {@code [from, to)} and ends by {@code to}. */
    static boolean atLineStarts(Matcher m, String text, int from, int to) {
        for (int start = from; start < to; start = afterTerminator(text, start)) {
            if (isLineStart(text, start) && m.region(start, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first match that starts in {@code [from, to)} and ends by {@code to}, of a pattern whose
     * every match starts with one of {@code words} (as written, case counts).
     */
    static boolean atWords(Matcher m, String text, int from, int to, String... words) {
        for (int start = from; start < to; start++) {
            if (startsWithAny(text, start, words) && m.region(start, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a multiline {@code ^} matches: at the start of the text, after a line terminator (not
     * between "\r" and "\n"), never at the end of the text.
     */
    static boolean isLineStart(String text, int i) {
        if (i == 0 || i >= text.length()) {
            return i < text.length();
        }
        return isTerminator(text.charAt(i - 1)) && !(text.charAt(i - 1) == '\r' && text.charAt(i) == '\n');
    }

    /** The offset after the first line terminator at or after {@code from}, or the text's length + 1. */
    private static int afterTerminator(String text, int from) {
        int i = from;
        while (i < text.length() && !isTerminator(text.charAt(i))) {
            i++;
        }
        return i + 1;
    }

    private static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean startsWithAny(String text, int at, String... words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }
}
