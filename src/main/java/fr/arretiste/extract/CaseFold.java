package fr.arretiste.extract;

import java.util.List;

/**
 * A text in the one case that java.util.regex compares case-insensitive UNICODE_CASE patterns in: a character
 * matches a pattern's lower-case letter exactly when {@code toLowerCase(toUpperCase(c))} is that letter ("ı" and
 * "İ" match "i", "ſ" matches "s"). One character for one, so an offset in the folded text is one in the text,
 * and a literal search ({@link String#indexOf}) finds every place such a pattern's word can match: a text
 * that holds none of a pattern's words need not be searched with it.
 */
final class CaseFold {
    private CaseFold() {
    }

    static String of(CharSequence text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether the folded text holds one of the words (lower case). */
    static boolean holdsAny(String folded, List<String> words) {
        return words.stream().anyMatch(folded::contains);
    }
}
