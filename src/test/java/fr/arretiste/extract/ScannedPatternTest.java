package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole-text searches of the citation extractor, tried only where a cheap test accepts, find
 * exactly what {@link Matcher#find} finds.
 */
class ScannedPatternTest {
    /** A text, then the matches as found, separated by "/". */
    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
            // ca-rennes-2024-10-22-23-06791: plural and singular, "L'article" after an apostrophe
            "au visa des articles 1224 et 1186 du code civil. L'article 700#articles /article ",
            // OCR "articIe", "art." and "art 9"; "partie" and "départ" are no article
            "l'articIe 9, art. L. 1234-9 et art 12 ; la partie au départ#articIe /art. /art ",
    })
    void findsTheArticleWords(String text, String expected) {
        assertFinds(CitationPatterns.ARTICLE_WORD, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
            // first words in any case, with or without accents; "codes" and "planning" are none; "DE" reads as
            // an abbreviation (the table then knows none)
            "du Code civil, du CODE DE COMMERCE, les codes, le planning#Code/CODE/DE",
            "de la loi du 6 juillet 1989 et du décret n° 2019-1333, le Reglement, l'arrêté, l'ARRÊTÉ#"
                    + "loi/décret/Reglement/arrêté/ARRÊTÉ",
            "les conventions et la Déclaration, traite et traité#conventions/Déclaration/traite/traité",
            // abbreviations: "C. trav.", "C.P.C.", capitals; neither a capitalised word nor "M." is one
            "C. trav., art. L. 1234-9 et 700 C.P.C. ; Madame [J] et M. [P], SAS#C. t/C.P.C/SAS",
    })
    void findsTheSourceWords(String text, String expected) {
        assertFinds(CitationPatterns.SOURCE_WORD, text, expected);
    }

    /** "ſ" (long s), "ı" (dotless i), "K" (Kelvin)...: a first word written with them is still tried. */
    @Test
    void triesTheFirstWordsWrittenWithAnyLetterCaseInsensitiveMatchingTakes() {
        for (String word : CitationPatterns.SOURCE_FIRST_WORDS) {
            for (int at = 0; at < word.length(); at++) {
                for (char letter : sameLetters(word.charAt(at))) {
                    String written = "du " + word.substring(0, at) + letter + word.substring(at + 1) + " ";
                    assertEquals(reference(CitationPatterns.SOURCE_WORD.pattern(), written),
                            scanned(CitationPatterns.SOURCE_WORD, written), written);
                }
            }
        }
    }

    private static final Map<Character, List<Character>> SAME_LETTERS = new HashMap<>();

    /** Every character that matches {@code letter} case-insensitively, as the citation patterns compare. */
    private static List<Character> sameLetters(char letter) {
        return SAME_LETTERS.computeIfAbsent(letter, ScannedPatternTest::searchSameLetters);
    }

    private static List<Character> searchSameLetters(char letter) {
        Pattern same = Pattern.compile(Pattern.quote(String.valueOf(letter)),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        List<Character> letters = new ArrayList<>();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (same.matcher(String.valueOf(c)).matches()) {
                letters.add(c);
            }
        }
        assertTrue(letters.size() > 1, "upper and lower case of " + letter);
        return letters;
    }

    private static void assertFinds(ScannedPattern pattern, String text, String expected) {
        List<String> found = scanned(pattern, text);
        assertEquals(Arrays.asList(expected.split("/")), found);
        assertEquals(reference(pattern.pattern(), text), found);
    }

    private static List<String> scanned(ScannedPattern pattern, String text) {
        List<String> found = new ArrayList<>();
        ScannedPattern.Search search = pattern.in(text);
        for (int from = 0; search.find(from); from = search.match().end()) {
            found.add(search.match().group());
        }
        return found;
    }

    private static List<String> reference(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
