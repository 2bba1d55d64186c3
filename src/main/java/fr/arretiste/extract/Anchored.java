package fr.arretiste.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import fr.arretiste.extract.StartMatcher.Starts;

/**
 * A pattern and the anchors of all its matches: its matches over a whole text are tried only where one can
 * start, at its words (looked up in the {@link CaseFold case-folded} text), rather than at every character, as
 * java.util.regex does. Finds what {@code pattern.matcher(text)} finds, match after match, provided every match
 * of the pattern starts where one of its anchors says.
 */
record Anchored(Pattern pattern, List<Anchor> anchors) {
    /**
     * Every match holds {@code word} (lower case), {@code offset} characters after its start; if
     * {@code blanksBefore}, the match may also start further back, in the blanks before that place or at the
     * character before them: "^[^\\S\\n]*word" (the blanks that open the word's line), "[àa]\\s+l'encontre".
     */
    record Anchor(String word, int offset, boolean blanksBefore) {
        Anchor {
            if (!word.equals(CaseFold.of(word))) {
                throw new IllegalArgumentException("an anchor is looked up in folded text: " + word);
            }
        }
    }

    /** The matches over the whole {@code text}, whose {@link CaseFold#of folded} copy is {@code folded}. */
    StartMatcher in(CharSequence text, String folded) {
        return new StartMatcher(StartMatcher.seeingAround(pattern, text), Starts.among(starts(text, folded)), 0, text.length());
    }

    /** Where a match can start, in order. */
    private int[] starts(CharSequence text, String folded) {
        int[] starts = new int[16];
        int count = 0;
        for (Anchor anchor : anchors) {
            for (int at = folded.indexOf(anchor.word()); at >= 0; at = folded.indexOf(anchor.word(), at + 1)) {
                int start = at - anchor.offset();
                int first = start;
                if (anchor.blanksBefore()) {
                    while (first > 0 && isBlank(text.charAt(first - 1))) {
                        first--;
                    }
                    first--;
                }
                for (int i = Math.max(first, 0); i <= start; i++) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i;
                }
            }
        }
        Arrays.sort(starts, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || starts[i] != starts[distinct - 1]) {
                starts[distinct++] = starts[i];
            }
        }
        return Arrays.copyOf(starts, distinct);
    }

    /** {@code \\s}, which holds {@code [^\\S\\n]}. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
