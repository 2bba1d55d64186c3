package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names that the start of a folded text spells, each with the prefix closest to it: the cases
 * the shared rows, the band and the early give-up of the trie must not change.
 */
class NameTrieTest {
    private static final List<String> NAMES = List.of("code civil", "code rural", "code rural et de la peche maritime",
            "code de procedure civile", "code de procedure penale", "code de la procedure civile");

    private static NameTrie<String> trie() {
        NameTrie<String> trie = new NameTrie<>();
        NAMES.forEach(name -> trie.add(name, name));
        return trie;
    }

    /** Hits written "name=length/distance", separated by ";". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // spelt exactly, up to a comma
            "code civil, la cour|code civil=10/0",
            // the end of the text is a word boundary
            "code civil|code civil=10/0",
            // no boundary after any prefix within one edit: "civilement" is no "civil"
            "code civilement|",
            // one edit of the short name and of the long one below it, whose tolerance is larger
            "code rurale et de la peche maritime.|code rural=11/1;code rural et de la peche maritime=35/1",
            // two misspellings: within the 2 edits of a 24-letter name, not of its 10-letter neighbours
            "code de procedure civlie, la|code de procedure civile=24/2",
            // a sibling branch given up early must not hide the other: "penale" is 4 edits from "civile"
            "code de procedure penale : apres|code de procedure penale=24/0",
            // the variant spelt exactly; "la " is 3 edits, beyond the 2 of the name it shares "code de " with
            "code de la procedure civile|code de la procedure civile=27/0",
            // text shorter than every name of the branch
            "code de la|",
    })
    void spellsTheNamesWithinTheirTolerance(String text, String expected) {
        List<String> hits = trie().spelt(text).stream()
                .map(hit -> hit.value() + "=" + hit.length() + "/" + hit.distance()).sorted().toList();
        List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).sorted().toList();
        assertEquals(want, hits);
    }
}
