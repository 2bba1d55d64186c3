package fr.arretiste.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched through a whole text but tried only at the start of a word (a letter after
 * what is no letter) that a cheap test of the characters accepts: {@link Matcher#find} tries every
 * offset, and a case-insensitive alternation is slow there. Every match of the pattern must start
 * with a letter after "\\b" or "(?<!\\p{L})", and the test must accept every word start where it
 * can match, so that the matches found are exactly those of {@link Matcher#find}.
 */
record ScannedPattern(Pattern pattern, MayStart mayStart) {
    /** Whether a match may start at {@code at}, the start of a word; false only where none can. */
    interface MayStart {
        boolean at(String text, int at);
    }

    /** A search through {@code text}, whose look-arounds and word boundaries see the text before each try. */
    Search in(String text) {
        return new Search(text, pattern.matcher(text).useTransparentBounds(true));
    }

    final class Search {
        private final String text;
        private final Matcher matcher;

        private Search(String text, Matcher matcher) {
            this.text = text;
            this.matcher = matcher;
        }

        /** Finds the first match starting at or after {@code from}, as {@code Matcher.find(from)} would. */
        boolean find(int from) {
            boolean afterLetter = from > 0 && Character.isLetter(text.charAt(from - 1));
            for (int at = from; at < text.length(); at++) {
                boolean letter = Character.isLetter(text.charAt(at));
                if (letter && !afterLetter && mayStart.at(text, at)
                        && matcher.region(at, text.length()).lookingAt()) {
                    return true;
                }
                afterLetter = letter;
            }
            return false;
        }

        /** The last match found. */
        Matcher match() {
            return matcher;
        }
    }
}
