package fr.arretiste.extract;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.ruling.Span;

/**
 * Cuts a ruling's cleaned text into clauses: sentences, the parts of a sentence between semicolons,
 * and the items of a list. Line breaks are read as {@link #lineBreakEnds} says: a sentence may run on
 * over a wrapped line (PDF) or into a list ("un commandement" / "- de payer").
 */
final class Clauses {
    /** Words that a full stop follows without ending the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("art", "me", "mme", "mlle", "mm", "dr", "al", "cf",
            "p", "pp", "n", "no", "chap", "av", "bd", "ste", "st", "cass", "civ", "com", "soc", "crim", "ass");

    /** How many lines up a list item may look for its heading. */
    private static final int HEADING_LINES = 40;

    private final String text;
    /** The text with its line breaks as spaces, for the phrases that a wrapped line cuts ("frais et\\nhonoraires"). */
    private final String flat;
    /** starts[i]: the offset where the i-th clause begins, ascending, starting with 0. */
    private final int[] starts;

    Clauses(String text) {
        this.text = text;
        this.flat = text.replace('\n', ' ');
        this.starts = boundaries(text);
    }

    /** The clause holding {@code offset}. */
    Span around(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int index = i >= 0 ? i : -i - 2;
        int end = index + 1 < starts.length ? starts[index + 1] : text.length();
        return new Span(starts[index], end);
    }

    /** {@code p} over [from, to) of the text read across its line breaks, looking around the bounds. */
    Matcher matcher(Pattern p, int from, int to) {
        return p.matcher(flat).region(from, Math.max(from, to)).useTransparentBounds(true);
    }

    /** Each match of {@code p} within [from, to) of the text read across its line breaks. */
    void forEachMatch(GuardedPattern p, int from, int to, Consumer<MatchResult> action) {
        p.in(flat, from, to).forEachMatch(action);
    }

    /** Whether {@code p} matches within [from, to) of the text read across its line breaks. */
    boolean finds(Pattern p, int from, int to) {
        return from < to && matcher(p, from, to).find();
    }

    /** Whether the clause opens its line (only blanks before it on the line). */
    boolean opensLine(Span clause) {
        int lineStart = text.lastIndexOf('\n', clause.start() - 1) + 1;
        return text.substring(lineStart, clause.start()).isBlank();
    }

    /** The clause just before the one starting at {@code clauseStart}, or null at the start of the text. */
    Span before(Span clause) {
        return clause.start() == 0 ? null : around(clause.start() - 1);
    }

    /**
     * The heading a list item reads on from: the nearest line before it that ends with a colon, going
     * back over the other items (bullets, lowercase starts) and blank lines; null when a paragraph
     * intervenes or no such line exists within a few dozen lines.
     */
    Span heading(Span clause) {
        int lineEnd = text.lastIndexOf('\n', clause.start() - 1);
        for (int lines = 0; lineEnd > 0 && lines < HEADING_LINES; lines++) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.endsWith(":")) {
                return new Span(lineStart, lineEnd);
            }
            if (!line.isEmpty() && !AmountRules.LIST_ITEM.matcher(line).lookingAt()) {
                return null;
            }
            lineEnd = lineStart - 1;
        }
        return null;
    }

    private static int[] boundaries(String text) {
        int[] out = new int[16];
        int n = 0;
        out[n++] = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            int next = -1;
            if (c == ';') {
                next = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                    && i + 1 < len && text.charAt(i + 1) == ' ' && !abbreviation(text, i) && startsSentence(text, skipSpaces(text, i + 1))) {
                next = i + 1;
            } else if (c == '\n') {
                int after = skipBlank(text, i);
                if (lineBreakEnds(text, i, after)) {
                    next = after;
                }
                i = Math.max(i, after - 1);
            }
            if (next > out[n - 1] && next < len) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = next;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Whether the line break at {@code i} (blank lines up to {@code after}) ends a clause: after a full
     * stop, a colon or a semicolon; before a bulleted line, when this line is an item too or ends with
     * a comma; at a blank line, unless a lowercase line carries on the sentence. A single line break
     * otherwise wraps a line.
     */
    private static boolean lineBreakEnds(String text, int i, int after) {
        int prev = i - 1;
        while (prev >= 0 && text.charAt(prev) == ' ') {
            prev--;
        }
        if (prev < 0) {
            return true;
        }
        char last = text.charAt(prev);
        if (last == ':' || last == ';' || last == '!' || last == '?' || last == '.' && !abbreviation(text, prev)) {
            return true;
        }
        int lineEnd = text.indexOf('\n', after);
        String nextLine = text.substring(after, lineEnd < 0 ? text.length() : lineEnd);
        boolean thisItem = AmountRules.BULLET.matcher(text.substring(text.lastIndexOf('\n', i - 1) + 1, i)).lookingAt();
        if (AmountRules.BULLET.matcher(nextLine).lookingAt()) {
            return thisItem || last == ',';
        }
        boolean blankLine = text.substring(i, after).chars().filter(ch -> ch == '\n').count() > 1;
        return blankLine && (last == ',' || thisItem || !AmountRules.LIST_ITEM.matcher(nextLine).lookingAt());
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean startsSentence(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '-' || c == '\n' || c == '(' || c == '"';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == ' ')) {
            i++;
        }
        return i;
    }
}
