package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names of texts as the shared rulings write them (misspellings included) and the canonical name they get. */
class LegalSourceTableTest {
    private final LegalSourceTable table = new LegalSourceTable();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
            // ca-rennes-2024-10-22-23-06791
            "Code de Procédure Civlie|, la présente décision|code de procédure civile",
            "Code cle procédure civile|.|code de procédure civile",
            // ca-grenoble-2024-10-22-23-00189
            "code de la procédure civile|,|code de procédure civile",
            // ca-grenoble-2024-10-22-23-01524
            "Code des Assurances|) dont le siege|code des assurances",
            // ca-lyon-2024-10-22-24-07986
            "code d'entrée et de séjour des étrangers en France et du droit d'asile|,"
                    + "|code de l'entrée et du séjour des étrangers et du droit d'asile",
            // ca-dijon-2024-10-22-24-00559
            "Protocole additionnel de la Convention de Sauvegarde des Drots de l'homme et de Libertés Fondamentales|, "
                    + "|protocole additionnel à la convention européenne des droits de l'homme",
            "Déclaration du 26 août 1789 des droits de l'homme et du citoyen|' "
                    + "|déclaration des droits de l'homme et du citoyen du 26 août 1789",
            // cass-2024-10-23-23-84124: the shortest name of the Convention
            "Convention européenne|, préliminaire du code|convention européenne des droits de l'homme",
    })
    void namesTheTextWrittenAtTheStart(String name, String rest, String canonical) {
        FoldedText written = FoldedText.of(name + rest, 0, name.length() + rest.length());
        LegalSourceTable.Found found = table.nameAtStart(written);
        assertEquals(canonical, found.source().name());
        assertEquals(name.length(), written.originalEnd(found.foldedLength()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // ca-lyon-2024-10-22-22-06147, ca-rennes-2024-10-22-23-06791, ca-lyon-2024-10-22-24-07986
            "CPC | code de procédure civile",
            "C.P.C. | code de procédure civile",
            "CESEDA | code de l'entrée et du séjour des étrangers et du droit d'asile",
    })
    void namesTheTextOfAnAbbreviation(String abbreviation, String canonical) {
        assertEquals(canonical, table.abbreviated(abbreviation).name());
    }
}
