package fr.arretiste.extract;

import java.util.BitSet;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern and a cheap test of the offsets where one of its matches can start (a digit, a currency
 * sign, the word "somme"): it gives the matches of {@link Matcher#find()} over the whole text, but
 * tries the regex only at those offsets, instead of at every offset of a ruling. The test may let
 * through offsets where nothing matches, never refuse one where a match starts; the regex, with
 * transparent bounds, still judges what lies before the offset (lookbehinds, \b).
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

    /** Each match in order, without overlaps, as {@code find()} would give them. */
    void forEachMatch(String text, Consumer<MatchResult> action) {
        forEachMatch(text, 0, text.length(), action);
    }

    /**
     * Each match within [from, to) in order, as {@code find()} would give them in that region with
     * transparent bounds, except that ^ and $ do not match at the region's bounds (the same over the
     * whole text).
     */
    void forEachMatch(String text, int from, int to, Consumer<MatchResult> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < to; i++) {
            if (firstChars.get(text.charAt(i)) && guard.mayStart(text, i) && m.region(i, to).lookingAt()) {
                action.accept(m);
                i = Math.max(i, m.end() - 1); // find() goes on after the match, or after an empty one
            }
        }
    }
}
