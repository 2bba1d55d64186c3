package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name lines of the shared rulings (file in the comment): the name as written, its legal form and kind. */
class PartyNameReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # ca-dijon-2024-10-22-24-00354.txt: a form glued to the name
            S.A.S.DEROSSI prise en la personne de ses représentants légaux domiciliés au siège :  | DEROSSI | SAS | personne_morale
            # ca-lyon-2024-10-22-23-08862.txt: the form after the name
            Société I-NOVATIV EURL | I-NOVATIV | EURL | personne_morale
            # ca-grenoble-2024-10-22-23-00189.txt: the form spelt out after a name in capitals
            S.A. LYONNAISE DE BANQUE Société Anonyme au capital social de 260.840.262 € | LYONNAISE DE BANQUE | SA | personne_morale
            # ca-lyon-2024-10-22-24-07986.txt: a title, then an office
            Mme la PREFETE DU RHONE | PREFETE DU RHONE | null | personne_morale
            # ca-nimes-2024-10-22-24-00269.txt: a married name stays
            Madame [L] [V] [N] [X] épouse [F] | [L] [V] [N] [X] épouse [F] | null | personne_physique
            # ca-lyon-2024-10-22-22-02368.txt: a company pseudonymised by a number
            Société [26] (anciennement dénommée [20]) | [26] | null | personne_morale
            # ca-lyon-2024-10-22-24-00928.txt: given names between commas
            M. [T], [L], [K] [P] | [T] [L] [K] [P] | null | personne_physique
            # ca-paris-2024-10-22-23-14975.txt: capitals up to the description
            SMABTP Recherchée en tant qu'assureur de Mr [A] | SMABTP | null | personne_morale
            # ca-paris-2024-10-22-23-14975.txt: the same form twice
            S.C.I. SCI ADYA agissant poursuites et diligences | ADYA | SCI | personne_morale
            # tj-paris-2024-11-15-22-11485-1384.txt: a foreign company
            La société de droit étranger BALCIA INSURANCE SE nouvelle dénomination de la | BALCIA INSURANCE SE | null | personne_morale
            """)
    void readsANameLine(String line, String name, String legalForm, String kind) {
        assertEquals(new PartyName(name, legalForm, kind), PartyNameReader.read(line, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # cass-2024-10-23-21-19704.txt: a name in lower case ends at the comma
            la société GD conseil RH, société par actions simplifiée, dont le siège est [Adresse 2] | GD conseil RH | SAS | personne_morale
            # cass-2024-12-05-21-18445.txt
            la société Margaux, société à responsabilité limitée unipersonnelle, dont le siège est chez Locadress | Margaux | EURL | personne_morale
            # cass-2024-12-05-21-18445.txt: an office
            M. le président de la chambre départementale des notaires de Guadeloupe, domicilié [Adresse 14] | président de la chambre départementale des notaires de Guadeloupe | null | personne_morale
            # cass-2024-10-24-23-16882.txt: the noun is part of the name when lower case follows
            la Société industrielle et agricole mantaise (SIAM), société par actions simplifiée | Société industrielle et agricole mantaise (SIAM) | SAS | personne_morale
            """)
    void readsANameInASentence(String text, String name, String legalForm, String kind) {
        assertEquals(new PartyName(name, legalForm, kind), PartyNameReader.read(text, true));
    }
}
