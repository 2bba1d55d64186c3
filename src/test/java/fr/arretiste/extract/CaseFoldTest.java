package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A folded text holds a word exactly where a case-insensitive (Unicode) pattern of that word finds it. */
class CaseFoldTest {
    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("texts")
    void holdsAWordWhereTheCaseInsensitivePatternFindsIt(String text, String word, boolean holds) {
        assertEquals(holds, CaseFold.holdsAny(CaseFold.fold(text), List.of(word)));
        assertEquals(holds, Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).find());
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("DÉCLARE le DÉSISTEMENT parfait ;", "désist", true),
                Arguments.of("CONSTATE la péremption de l'instance", "péremption", true),
                Arguments.of("CONSTATE la PEREMPTION de l'instance", "péremption", false),
                Arguments.of("MET À NÉANT le jugement", "néant", true),
                Arguments.of("Ordonne la RADIATION", "radiation", true),
                Arguments.of("Confirme le jugement", "infirm", false));
    }
}
