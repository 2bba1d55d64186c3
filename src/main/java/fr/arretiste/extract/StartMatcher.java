package fr.arretiste.extract;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern in a region of a text, one after another as {@link Matcher#find()} gives them, but
 * tried only at the offsets where one can start ({@link Starts}: a cheap test of the characters, the line starts,
 * the places of its words) with {@link Matcher#lookingAt()}: java.util.regex tries every offset, and over a
 * whole ruling that is slow. The matcher's bounds are the caller's: transparent ones let the pattern see, at
 * each offset, what lies before it (lookbehinds, \b), as {@code find} does.
 */
final class StartMatcher {
    /** The offsets where a match may start: it may give offsets where none does, never skip one where one does. */
    @FunctionalInterface
    interface Starts {
        /** The first offset in {@code [at, to)} where a match may start, or {@code to} if there is none. */
        int next(int at, int to);

        /** The offsets of a sorted array. */
        static Starts among(int[] sorted) {
            return (at, to) -> {
                int i = first(sorted, at);
                return i < sorted.length ? Math.min(sorted[i], to) : to;
            };
        }

        /** The index of the first of the sorted offsets at or after {@code at}. */
        static int first(int[] sorted, int at) {
            int i = Arrays.binarySearch(sorted, at);
            return i >= 0 ? i : -i - 1;
        }
    }

    private final Matcher matcher;
    private final Starts starts;
    private final int to;
    /** Where the previous match ended, or one past where an empty one started: the next one starts there or after. */
    private int position;

    /** The matches in {@code [from, to)}; each may read past {@code to} only as far as the matcher's bounds let it. */
    StartMatcher(Matcher matcher, Starts starts, int from, int to) {
        this.matcher = matcher;
        this.starts = starts;
        this.position = from;
        this.to = to;
    }

    /**
     * A matcher of {@code pattern} over {@code text} whose regions are transparent and do not anchor: tried at
     * one offset, a match is the same whatever region it is tried in, as in {@code find} over the whole text.
     */
    static Matcher seeingAround(Pattern pattern, CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Moves to the next match, without overlapping the last; false when there is none. */
    boolean find() {
        for (int i = starts.next(position, to); i < to; i = starts.next(i + 1, to)) {
            if (matcher.region(i, to).lookingAt()) {
                position = Math.max(matcher.end(), i + 1); // find() goes on after the match, or after an empty one
                return true;
            }
        }
        position = to;
        return false;
    }

    /** Moves to the first match that starts at or after {@code from}, as {@code find(from)} would. */
    boolean find(int from) {
        position = from;
        return find();
    }

    /** The matcher holding the current match's groups and offsets. */
    Matcher matcher() {
        return matcher;
    }

    /** Each match from here on, in order. */
    void forEachMatch(Consumer<MatchResult> action) {
        while (find()) {
            action.accept(matcher);
        }
    }
}
