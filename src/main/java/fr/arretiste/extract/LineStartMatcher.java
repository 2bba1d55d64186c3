package fr.arretiste.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that can only match at the start of a line ({@code ^...} in MULTILINE mode), tried
 * at line starts only, and only where the line opens with a character the pattern can start with:
 * java.util.regex would try it at every character of the text. It finds what
 * {@code pattern.matcher(text).region(from, to)} finds, match after match, for patterns that look behind their
 * start at nothing but a line terminator (a line start sees none before it).
 */
final class LineStartMatcher implements PatternMatches {
    /** Characters whose openings are known; a line opening with any other is always tried. */
    private static final int KNOWN = 0x250;
    /** The openings of each pattern, worked out once: the patterns are constants. */
    private static final Map<Pattern, boolean[]> OPENINGS = new ConcurrentHashMap<>();

    private final Matcher matcher;
    private final boolean[] openings;
    private final CharSequence text;
    private final int[] lineStarts;
    private final int from;
    private final int to;
    /** The next line start to try, as an index in {@link #lineStarts}; -1 before {@code from} is tried. */
    private int line = -1;
    /** Where the previous match ended: the next one starts there or after. */
    private int next;

    /** @param lineStarts the text's {@link #lineStarts(CharSequence) line starts} */
    LineStartMatcher(Pattern pattern, CharSequence text, int[] lineStarts, int from, int to) {
        this.matcher = pattern.matcher(text);
        this.openings = OPENINGS.computeIfAbsent(pattern, LineStartMatcher::openings);
        this.text = text;
        this.lineStarts = lineStarts;
        this.from = from;
        this.to = to;
        this.next = from;
    }

    /** Every position where {@code ^} matches in MULTILINE mode but the first: after a line terminator, but not between "\r" and "\n". */
    static int[] lineStarts(CharSequence text) {
        int[] starts = new int[64];
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            if (isTerminator(before) && !(before == '\r' && text.charAt(i) == '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    @Override
    public boolean find() {
        if (line < 0) {
            int after = Arrays.binarySearch(lineStarts, from);
            line = after >= 0 ? after + 1 : -after - 1;
            if (from < to && tryAt(from)) {
                return true;
            }
        }
        for (; line < lineStarts.length && lineStarts[line] < to; line++) {
            int i = lineStarts[line];
            if (i >= next && tryAt(i)) {
                line++;
                return true;
            }
        }
        return false;
    }

    @Override
    public Matcher matcher() {
        return matcher;
    }

    private boolean tryAt(int i) {
        char c = text.charAt(i);
        if (c < KNOWN && !openings[c]) {
            return false;
        }
        matcher.region(i, to);
        if (!matcher.lookingAt()) {
            return false;
        }
        next = matcher.end() > i ? matcher.end() : i + 1;
        return true;
    }

    /**
     * The characters a match may start with: those the pattern matches alone, or reads past to decide (a
     * failed match that never {@link Matcher#hitEnd() hit the end} fails whatever follows the character).
     */
    private static boolean[] openings(Pattern pattern) {
        boolean[] openings = new boolean[KNOWN];
        Matcher m = pattern.matcher("");
        for (char c = 0; c < KNOWN; c++) {
            m.reset(String.valueOf(c));
            openings[c] = m.lookingAt() || m.hitEnd();
        }
        return openings;
    }

    private static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
