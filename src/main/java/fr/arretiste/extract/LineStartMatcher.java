package fr.arretiste.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that can only match at the start of a line ({@code ^...} in MULTILINE mode), tried
 * at line starts only: java.util.regex would try it at every character of the text. It finds what
 * {@code pattern.matcher(text).region(from, to)} finds, match after match, for patterns that look behind their
 * start at nothing but a line terminator (a line start sees none before it).
 */
final class LineStartMatcher implements PatternMatches {
    private final Matcher matcher;
    private final CharSequence text;
    private final int from;
    private final int to;
    private int next;

    LineStartMatcher(Pattern pattern, CharSequence text, int from, int to) {
        this.matcher = pattern.matcher(text);
        this.text = text;
        this.from = from;
        this.to = to;
        this.next = from;
    }

    LineStartMatcher(Pattern pattern, CharSequence text) {
        this(pattern, text, 0, text.length());
    }

    @Override
    public boolean find() {
        for (int i = next; i < to; i = nextLineStart(i)) {
            if (i == from || isLineStart(i)) {
                matcher.region(i, to);
                if (matcher.lookingAt()) {
                    next = matcher.end() > i ? matcher.end() : i + 1;
                    return true;
                }
            }
        }
        next = to;
        return false;
    }

    @Override
    public Matcher matcher() {
        return matcher;
    }

    /** The first position after {@code i} that follows a line terminator (or {@code to}). */
    private int nextLineStart(int i) {
        for (int j = i; j < to; j++) {
            if (isTerminator(text.charAt(j))) {
                return j + 1;
            }
        }
        return to;
    }

    /** Where {@code ^} matches in MULTILINE mode: after a line terminator, but not between "\r" and "\n". */
    private boolean isLineStart(int i) {
        char before = text.charAt(i - 1);
        return isTerminator(before) && !(before == '\r' && text.charAt(i) == '\n');
    }

    private static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
