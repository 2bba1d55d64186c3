package fr.arretiste.extract;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.extract.StartMatcher.Starts;

/**
 * A pattern and a cheap test of the offsets where one of its matches can start (a digit, a currency sign, the
 * start of the word "somme"), made by {@link MatchStarts}: its matches are those of {@link Matcher#find()}, but
 * the regex is tried only at the offsets that pass the test. The test may let through offsets where nothing
 * matches, never refuse one where a match starts; the regex, with transparent bounds, still judges what lies
 * before the offset (lookbehinds, \b).
 *
 * @param firstChars the chars a match can start with (a table lookup, for every offset)
 * @param guard      a closer look at the offsets that pass {@code firstChars}
 */
record GuardedPattern(Pattern pattern, BitSet firstChars, Guard guard) {
    /** Whether a match may start at offset {@code i} of {@code text}, whose char there is one of the first chars. */
    @FunctionalInterface
    interface Guard {
        boolean mayStart(String text, int i);
    }

    /** The matches over the whole text. */
    StartMatcher in(String text) {
        return in(text, 0, text.length());
    }

    /**
     * The matches within [from, to), as {@code find()} would give them in that region with transparent bounds,
     * except that ^ and $ do not match at the region's bounds (the same over the whole text).
     */
    StartMatcher in(String text, int from, int to) {
        return new StartMatcher(StartMatcher.seeingAround(pattern, text), starts(text), from, to);
    }

    private Starts starts(String text) {
        return (at, to) -> {
            for (int i = at; i < to; i++) {
                if (firstChars.get(text.charAt(i)) && guard.mayStart(text, i)) {
                    return i;
                }
            }
            return to;
        };
    }
}
