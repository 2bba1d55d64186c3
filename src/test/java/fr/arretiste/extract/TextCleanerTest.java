package fr.arretiste.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {
    /** Real snippets: the Douai capture's broken ligature and quotes, no-break spaces in sums, PDF private-use glyphs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            établissements ‘uvrant dans le cadre      | établissements œuvrant dans le cadre
            Cour d’appel de Douai                     | Cour d'appel de Douai
            la somme de 17\u00a0370\u202feuros        | la somme de 17 370 euros
            N° RG 21/01153 – N° Portalis              | N° RG 21/01153 - N° Portalis
            \uf0cc\uf031TRIBUNAL                      | '  TRIBUNAL'
            le contrat « Coreye-Silver Santé »        | le contrat « Coreye-Silver Santé »
            """)
    void replacesCharacterForCharacter(String raw, String expected) {
        String clean = TextCleaner.clean(raw);

        assertThat(clean).isEqualTo(expected);
        assertThat(clean).hasSameSizeAs(raw);
    }
}
