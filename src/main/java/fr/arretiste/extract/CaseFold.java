package fr.arretiste.extract;

import java.util.List;

/**
 * A text case-folded as a case-insensitive (Unicode) pattern compares it: each character upper-cased
 * then lower-cased, so "DÉSISTEMENT" holds "désist". A pattern's every match holds one of some
 * words; a text that holds none of them need not be searched, and {@code contains} is much faster.
 */
final class CaseFold {
    private CaseFold() {
    }

    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(folded);
    }

    /** Whether the folded text holds one of the words (lower case). */
    static boolean holdsAny(String folded, List<String> words) {
        return words.stream().anyMatch(folded::contains);
    }
}
