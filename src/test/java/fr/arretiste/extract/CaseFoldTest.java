package fr.arretiste.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseFoldTest {
    /**
     * The folded text finds a word wherever a case-insensitive pattern matches it, on the running JDK: every
     * character the pattern's letter matches folds to that letter ("ı" and "İ" to "i", "ſ" to "s", the Kelvin
     * sign to "k"), and no other does.
     */
    @ParameterizedTest
    @ValueSource(chars = {'a', 'c', 'd', 'e', 'f', 'g', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'u', 'v', 'é', 'è', 'ô', '\'', '-'})
    void foldsAsCaseInsensitiveRegexCompares(char letter) {
        Matcher m = Pattern.compile(Pattern.quote(String.valueOf(letter)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("");
        List<Character> mismatched = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (m.reset(String.valueOf(c)).matches() != (CaseFold.fold(c) == letter)) {
                mismatched.add(c);
            }
        }

        assertThat(mismatched).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"DÉCISION DÉFÉRÉE, décision déférée", "Cour d'Appel, cour d'appel", "DÉCıSION, décision"})
    void keepsTheLength(String text, String folded) {
        assertThat(CaseFold.of(text)).isEqualTo(folded).hasSameSizeAs(text);
    }

    /** Outcome rules and party blocks skip a text whose folded form holds none of a pattern's words. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "DÉCLARE le DÉSISTEMENT parfait ;      | désist     | true",
            "CONSTATE la péremption de l'instance  | péremption | true",
            "CONSTATE la PEREMPTION de l'instance  | péremption | false",
            "MET À NÉANT le jugement               | néant      | true",
            "Ordonne la RADIATION                  | radiation  | true",
            "Confirme le jugement                  | infirm     | false"})
    void holdsAWordWhereTheCaseInsensitivePatternFindsIt(String text, String word, boolean holds) {
        assertThat(CaseFold.holdsAny(CaseFold.of(text), List.of(word))).isEqualTo(holds);
        assertThat(Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).find()).isEqualTo(holds);
    }
}
