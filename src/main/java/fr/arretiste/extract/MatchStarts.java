package fr.arretiste.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Guards patterns ({@link GuardedPattern}) by where a match of each can start, read from its first
 * characters: the sums, the citations' words, the counsel of a cassation heading. Letters are compared as the
 * case-insensitive (Unicode) regexes compare them ({@link CaseFold}), so that "Somme", "SOMME" and the long s
 * of "ſomme" all start "somme".
 */
final class MatchStarts {
    /** The chars of a figure besides its digits, and of the gap before its currency. */
    private static final String FIGURE_CHARS = " .,\n";

    private MatchStarts() {
    }

    /**
     * {@code p} starting with a figure (a digit or the minus before it, not right after another digit)
     * that its currency follows: the first char after the figure's digits, separators and line breaks
     * is one of {@code currencyInitials} (lowercase).
     */
    static GuardedPattern figureThenCurrency(Pattern p, String currencyInitials) {
        // a digit beyond the BMP starts with a high surrogate
        BitSet currency = folding(currencyInitials);
        return new GuardedPattern(p, chars(c -> c == '-' || Character.isDigit(c) || Character.isHighSurrogate((char) c)),
                (text, i) -> !(i > 0 && Character.isDigit(text.charAt(i - 1))) && currencyAfter(text, i + 1, currency));
    }

    private static boolean currencyAfter(String text, int i, BitSet currency) {
        int j = i;
        while (j < text.length() && (Character.isDigit(text.charAt(j)) || FIGURE_CHARS.indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return j < text.length() && (currency.get(text.charAt(j)) || Character.isSurrogate(text.charAt(j)));
    }

    /**
     * {@code p} starting with a word (no letter before it) that begins with one of {@code prefixes}
     * (lowercase), in any case.
     */
    static GuardedPattern words(Pattern p, List<String> prefixes) {
        Map<Character, List<String>> byInitial = prefixes.stream().collect(Collectors.groupingBy(prefix -> prefix.charAt(0)));
        String initials = byInitial.keySet().stream().map(String::valueOf).collect(Collectors.joining());
        return new GuardedPattern(p, folding(initials), (text, i) -> !afterLetter(text, i)
                && anyAt(text, i, byInitial.getOrDefault(CaseFold.fold(text.charAt(i)), List.of())));
    }

    /** {@code p} whose every alternative starts with \b and a letter: a match starts a word. */
    static GuardedPattern wordStart(Pattern p) {
        return wordStart(p, (text, i) -> true);
    }

    /** {@code p} whose matches start a word, at the word starts that {@code guard} accepts. */
    static GuardedPattern wordStart(Pattern p, GuardedPattern.Guard guard) {
        // a letter beyond the BMP starts with a high surrogate
        return new GuardedPattern(p, chars(c -> Character.isLetter(c) || Character.isHighSurrogate((char) c)),
                (text, i) -> !afterLetter(text, i) && guard.mayStart(text, i));
    }

    /** {@code p} whose every match starts with one of {@code words}, as written (case counts), wherever they are. */
    static GuardedPattern literal(Pattern p, List<String> words) {
        return new GuardedPattern(p, chars(c -> words.stream().anyMatch(w -> w.charAt(0) == c)),
                (text, i) -> startsWithAny(text, i, words));
    }

    private static boolean startsWithAny(String text, int i, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterLetter(String text, int i) {
        return i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    private static boolean anyAt(String text, int i, List<String> words) {
        for (String word : words) {
            if (at(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean at(String text, int i, String word) {
        if (i + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!same(text.charAt(i + k), word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The chars that match one of {@code lowercase} in a case-insensitive regex. */
    private static BitSet folding(String lowercase) {
        return chars(c -> lowercase.indexOf(c) >= 0 || lowercase.indexOf(CaseFold.fold((char) c)) >= 0);
    }

    /** A char of the text against a lowercase char of a pattern, as a case-insensitive (Unicode) regex compares them. */
    private static boolean same(char c, char lowercase) {
        return c == lowercase || CaseFold.fold(c) == lowercase;
    }

    private static BitSet chars(IntPredicate accepts) {
        BitSet set = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (accepts.test(c)) {
                set.set(c);
            }
        }
        return set;
    }
}
