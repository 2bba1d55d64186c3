package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in words as the shared rulings write them (file named beside each row). */
class FrenchNumberWordsTest {
    @ParameterizedTest
    @CsvSource({
            "un, 1", // cass-2024-12-05-22-24184: "au prix symbolique d'un euro"
            "un million, 1000000", // ca-grenoble-2024-10-22-23-00189: "près d'un million d'euros"
            "douze mille sept cent trente-six, 12736", // tj-paris-2024-11-15-23-05254-9354
            "quatre mille huit, 4008", // tj-paris-2024-11-15-23-05349-9143
            "quatre mille quatre cent quatre-vingt dix-neuf, 4499", // tj-paris-2024-11-15-23-05349-9143
            "deux mille vingt-quatre, 2024", // cass-2024-10-23-22-11244: "vingt-trois octobre deux mille vingt-quatre"
    })
    void readsTheNumber(String words, long expected) {
        assertEquals(expected, FrenchNumberWords.parse(words));
    }
}
