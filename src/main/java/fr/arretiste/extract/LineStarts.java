package fr.arretiste.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.extract.StartMatcher.Starts;

/**
 * The line starts of a text, found once, and the matches of the patterns that can only match at one
 * ({@code ^...} in MULTILINE mode): tried there only, and only where the line opens with a character the
 * pattern can start with (worked out once per pattern from the regex itself), where java.util.regex would try
 * every character. Only for patterns that look behind their start at nothing but a line terminator.
 */
final class LineStarts {
    /** Characters whose openings are known; a line opening with any other is always tried. */
    private static final int KNOWN = 0x250;
    /** The openings of each pattern, worked out once: the patterns are constants. */
    private static final Map<Pattern, boolean[]> OPENINGS = new ConcurrentHashMap<>();

    private final CharSequence text;
    /** Where a multiline ^ matches (after a line terminator, not between "\r" and "\n"; at 0), in order. */
    private final int[] starts;

    private LineStarts(CharSequence text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static LineStarts of(CharSequence text) {
        return of(text, 0, text.length());
    }

    /** The line starts in {@code [from, to)} only. */
    static LineStarts of(CharSequence text, int from, int to) {
        int[] starts = new int[64];
        int count = 0;
        for (int i = from; i < to; i++) {
            if (i == 0 || isTerminator(text.charAt(i - 1)) && !(text.charAt(i - 1) == '\r' && text.charAt(i) == '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return new LineStarts(text, Arrays.copyOf(starts, count));
    }

    /**
     * The matches of {@code pattern} in {@code [from, to)}, as {@code pattern.matcher(text).region(from, to)}
     * finds them: with its default bounds, ^ matches at {@code from} and $ at {@code to}, and the pattern sees
     * nothing outside the region.
     */
    StartMatcher matches(Pattern pattern, int from, int to) {
        return new StartMatcher(pattern.matcher(text), starts(pattern, from), from, to);
    }

    /**
     * The matches of {@code pattern} in {@code [from, to)}, as {@code find} gives them with
     * {@link StartMatcher#seeingAround transparent, non-anchoring bounds}: ^ matches at the text's line starts only.
     */
    StartMatcher matchesSeeingAround(Pattern pattern, int from, int to) {
        return new StartMatcher(StartMatcher.seeingAround(pattern, text), starts(pattern, -1), from, to);
    }

    /** The line starts, and {@code regionStart} too (where anchoring bounds make ^ match), where {@code pattern} may match. */
    private Starts starts(Pattern pattern, int regionStart) {
        boolean[] openings = OPENINGS.computeIfAbsent(pattern, LineStarts::openings);
        return (at, to) -> {
            if (at <= regionStart && regionStart < to && opens(openings, regionStart)) {
                return regionStart;
            }
            for (int i = Starts.first(starts, Math.max(at, regionStart + 1)); i < starts.length && starts[i] < to; i++) {
                if (opens(openings, starts[i])) {
                    return starts[i];
                }
            }
            return to;
        };
    }

    private boolean opens(boolean[] openings, int i) {
        char c = text.charAt(i);
        return c >= KNOWN || openings[c];
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
