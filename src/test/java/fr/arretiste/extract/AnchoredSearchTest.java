package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row: the case it guards, a pattern, a text, and the match {@code find} gives, which the anchored search must give. */
class AnchoredSearchTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("lineStarts")
    void findsAtLineStartsWhatFindFinds(String guarded, String regex, String text, String expected) {
        Matcher m = matcher(regex, text);
        boolean found = AnchoredSearch.atLineStarts(m, text, 0, text.length());
        assertEquals(expected, found ? m.group() : null);
        assertEquals(expected, find(regex, text));
    }

    static Stream<Arguments> lineStarts() {
        return Stream.of(
                Arguments.of("a line ended by \\n", "(?m)^LE GREFFIER\\s+\\S+", "LE JUGE\nLE GREFFIER\nMarion", "LE GREFFIER\nMarion"),
                Arguments.of("no line start between \\r and \\n", "(?m)^\\s*LE GREFFIER", "LE JUGE\r\nLE GREFFIER", "LE GREFFIER"),
                Arguments.of("a line separator (U+2028)", "(?m)^Le greffier", "Fait à Paris\u2028Le greffier", "Le greffier"),
                Arguments.of("the first line", "(?m)^Pourvoi n°", "Pourvoi n° B 21-19.704", "Pourvoi n°"),
                Arguments.of("not inside a line", "(?m)^greffier", "Le greffier", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("words")
    void findsAtWordsWhatFindFinds(String guarded, String regex, String text, String expected) {
        Matcher m = matcher(regex, text);
        boolean found = AnchoredSearch.atWords(m, text, 0, text.length(), "de", "du");
        assertEquals(expected, found ? m.group() : null);
        assertEquals(expected, find(regex, text));
    }

    static Stream<Arguments> words() {
        String observations = "\\b(?:de|du)\\s+la\\s+SCP\\s+\\p{Lu}\\p{L}*";
        return Stream.of(
                Arguments.of("the word inside another (\"demande\"): the pattern's \\b decides", observations,
                        "les observations en demande de la SCP Piwnica, avocat de M. [J]", "de la SCP Piwnica"),
                Arguments.of("the second word", "\\bdu\\s+cabinet\\s+\\p{Lu}\\p{L}*", "les observations du cabinet Rousseau", "du cabinet Rousseau"),
                Arguments.of("none written", observations, "les observations écrites, avocat de M. [J]", null));
    }

    private static Matcher matcher(String regex, String text) {
        return Pattern.compile(regex).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group() : null;
    }
}
