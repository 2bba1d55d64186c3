package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Folded names sharing their prefixes, for finding those that the start of a text spells with at
 * most one edit per ten letters of the name. Each name gets the prefix of the text closest to it,
 * ending at a word boundary (ties to the prefix nearest in length to the name): start anchored, end
 * free. The edit-distance table of a name against the text is computed one row per letter of the
 * name, so a row is computed once for all the names that share the letters before it; only its band
 * |i - j| <= the largest tolerance of the names below can hold a match, and a branch is given up as
 * soon as a whole row is beyond that tolerance, since no later row can be nearer.
 */
final class NameTrie<T> {
    /** A name spelt by the start of the text: the first {@code length} folded characters, {@code distance} edits away. */
    record Hit<T>(T value, int length, int distance) {
    }

    /** Above any tolerance: a cell of the table that cannot hold a match. */
    private static final int FAR = Integer.MAX_VALUE / 2;

    private static final class Node<T> {
        private final char letter;
        private final int depth;
        private final List<Node<T>> children = new ArrayList<>();
        /** The values of the names ending here. */
        private final List<T> ending = new ArrayList<>();
        /** The largest tolerance of the names at or below this node. */
        private int tolerance;

        private Node(char letter, int depth) {
            this.letter = letter;
            this.depth = depth;
        }

        private Node<T> child(char c) {
            for (Node<T> child : children) {
                if (child.letter == c) {
                    return child;
                }
            }
            Node<T> child = new Node<>(c, depth + 1);
            children.add(child);
            return child;
        }
    }

    private final Node<T> root = new Node<>('\0', 0);
    private int longest;

    /** The edits a name of this many folded letters tolerates. */
    static int tolerance(int length) {
        return length / 10;
    }

    void add(String folded, T value) {
        int tolerance = tolerance(folded.length());
        Node<T> node = root;
        node.tolerance = Math.max(node.tolerance, tolerance);
        for (int i = 0; i < folded.length(); i++) {
            node = node.child(folded.charAt(i));
            node.tolerance = Math.max(node.tolerance, tolerance);
        }
        node.ending.add(value);
        longest = Math.max(longest, folded.length());
    }

    /** Every name that the start of {@code text} (folded) spells within its tolerance. */
    List<Hit<T>> spelt(String text) {
        List<Hit<T>> hits = new ArrayList<>();
        int[][] rows = new int[longest + 1][];
        rows[0] = new int[text.length() + 1];
        int high = Math.min(text.length(), root.tolerance);
        for (int j = 0; j <= high; j++) {
            rows[0][j] = j;
        }
        if (high < text.length()) {
            rows[0][high + 1] = FAR;
        }
        for (Node<T> child : root.children) {
            visit(child, text, rows, hits);
        }
        return hits;
    }

    /** Row {@code node.depth} of the table (row 0 is the empty name), then the names ending here, then below. */
    private void visit(Node<T> node, String text, int[][] rows, List<Hit<T>> hits) {
        int i = node.depth;
        int band = node.tolerance;
        int[] previous = rows[i - 1];
        if (rows[i] == null) {
            rows[i] = new int[text.length() + 1];
        }
        int[] current = rows[i];
        int low = Math.max(0, i - band);
        int high = Math.min(text.length(), i + band);
        if (low > high) {
            return;
        }
        if (low == 0) {
            current[0] = i;
        } else {
            current[low - 1] = FAR;
        }
        int nearest = low == 0 ? i : FAR;
        for (int j = Math.max(1, low); j <= high; j++) {
            int substitution = previous[j - 1] + (node.letter == text.charAt(j - 1) ? 0 : 1);
            current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            nearest = Math.min(nearest, current[j]);
        }
        if (high < text.length()) {
            current[high + 1] = FAR;
        }
        if (nearest > band) {
            return;
        }
        if (!node.ending.isEmpty()) {
            closestEnd(current, i, text, node.ending, hits);
        }
        for (Node<T> child : node.children) {
            visit(child, text, rows, hits);
        }
    }

    /** For the names of length {@code m} ending here: the word boundary whose prefix is closest, if within tolerance. */
    private static <T> void closestEnd(int[] row, int m, String text, List<T> values, List<Hit<T>> hits) {
        int tolerance = tolerance(m);
        int best = -1;
        for (int j = Math.max(1, m - tolerance); j <= Math.min(text.length(), m + tolerance); j++) {
            boolean boundary = j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
            if (boundary && row[j] <= tolerance
                    && (best < 0 || row[j] < row[best] || row[j] == row[best] && Math.abs(j - m) < Math.abs(best - m))) {
                best = j;
            }
        }
        if (best >= 0) {
            for (T value : values) {
                hits.add(new Hit<>(value, best, row[best]));
            }
        }
    }
}
