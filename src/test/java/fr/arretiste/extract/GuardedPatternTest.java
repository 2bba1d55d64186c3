package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guarded patterns find exactly what their regex finds over the text (or region): each row names
 * the start that its guard must let through, or the one it may refuse, and the exact matches expected.
 */
class GuardedPatternTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                row("a figure then its currency", AmountRules.FIGURE_THEN_CURRENCY,
                        "condamne X à payer la somme de 17 370 euros TTC", List.of("17 370 euros")),
                row("a minus glued to the figure starts the match", AmountRules.FIGURE_THEN_CURRENCY,
                        "un solde de -1 500 € au 1er mars", List.of("-1 500 €")),
                row("the currency after a wrapped line and a slip in the cents", AmountRules.FIGURE_THEN_CURRENCY,
                        "la somme de 16.200 \neuros et de 12.503, 47 EUR", List.of("16.200 \neuros", "12.503, 47 EUR")),
                row("a scale word, then k€ in capitals", AmountRules.FIGURE_THEN_CURRENCY,
                        "un préjudice de 1,5 million d'euros et de 30 K€", List.of("1,5 million d'euros", "30 K€")),
                row("a date then a sum: a figure right after another number and its separator is none",
                        AmountRules.FIGURE_THEN_CURRENCY, "le 12.03.2020 300 euros", List.of("300 euros")),
                row("figures without a currency after them: refused by the guard", AmountRules.FIGURE_THEN_CURRENCY,
                        "le 22 octobre 2024, RG n° 23/00189, 3 chambres", List.of()),
                row("a sign before the figure", AmountRules.CURRENCY_THEN_FIGURE,
                        "un capital de € 500 et de $ 200", List.of("€ 500", "$ 200")),
                row("a code in any case before the figure", AmountRules.CURRENCY_THEN_FIGURE,
                        "payer EUR 1.000 puis Chf 300", List.of("EUR 1.000", "Chf 300")),
                row("a code inside a word is no code", AmountRules.CURRENCY_THEN_FIGURE,
                        "le LEUR 100 et le GBPX 3", List.of()),
                row("'la somme de' in capitals and with the long s", AmountRules.BARE_SUM,
                        "LA SOMME DE 2 243,09 à titre d'indemnité, la ſomme de 300, outre", List.of("SOMME DE 2 243,09", "ſomme de 300")),
                row("'somme' inside a word is no sum", AmountRules.BARE_SUM,
                        "il assomme de 3 coups", List.of()),
                row("a sum in words, capitalised and hyphenated", AmountRules.WORDS_THEN_CURRENCY,
                        "Deux cents francs et quatre-vingt-dix euros", List.of("Deux cents francs", "quatre-vingt-dix euros")),
                row("a number word's prefix is no number word ('une', 'centre')", AmountRules.WORDS_THEN_CURRENCY,
                        "une euro-obligation, le centre euros", List.of()),
                row("cues start words, whatever their case", AmountRules.CUE,
                        "Déboute X de sa demande ; il convient de condamner Y", List.of("Déboute", "demande", "condamner")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsWhatTheRegexFinds(String guards, GuardedPattern p, String text, List<String> expected) {
        assertEquals(expected, guarded(p, text, 0, text.length()));
        assertEquals(expected, plain(p, text, 0, text.length()));
    }

    static Stream<Arguments> regions() {
        return Stream.of(
                region("a region starting inside a word: no cue there, the lookbehind sees the letter before",
                        "il a condamné la société", 6, 24, List.of()),
                region("a region ending inside a word: the word's end is read past the region", "les condamnations prononcées", 0, 16,
                        List.of()),
                region("a region over a clause", "X demande ; la cour alloue 300 euros", 12, 36, List.of("alloue")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void findsWhatTheRegexFindsInARegion(String guards, String text, int from, int to, List<String> expected) {
        assertEquals(expected, guarded(AmountRules.CUE, text, from, to));
        assertEquals(expected, plain(AmountRules.CUE, text, from, to));
    }

    private static List<String> guarded(GuardedPattern p, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        p.forEachMatch(text, from, to, m -> found.add(m.group()));
        return found;
    }

    private static List<String> plain(GuardedPattern p, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        Matcher m = p.pattern().matcher(text).region(from, to).useTransparentBounds(true);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Arguments row(String guards, GuardedPattern p, String text, List<String> expected) {
        return Arguments.of(guards, p, text, expected);
    }

    private static Arguments region(String guards, String text, int from, int to, List<String> expected) {
        return Arguments.of(guards, text, from, to, expected);
    }
}
