package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as the shared rulings write them (file in the comment), read as ISO dates. */
class FrenchDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # ca-dijon-2024-10-22-24-00354.txt
            ARRÊT DU 22 OCTOBRE 2024                                                         | 2024-10-22
            # ca-douai-2022-12-08-21-01153.txt (the second one runs on into the next word, as PDF text does)
            ARRÊT DU 08/12/2022                                                              | 2022-12-08
            Jugement n° 2020001314 rendu le 09 février 2021par le tribunal de commerce       | 2021-02-09
            de la réforme de l'hébergement de données de santé le 1er avril 2018             | 2018-04-01
            # ca-paris-2024-10-22-24-07651.txt
            Paris, le 22.10.2024                                                             | 2024-10-22
            # ca-rennes-2024-10-22-24-05171.txt
            Date de la décision attaquée : 02 AOUT 2024                                      | 2024-08-02
            # ca-toulouse-2024-10-22-23-01927.odt
            ARRÊT DU VINGT DEUX OCTOBRE DEUX MILLE VINGT QUATRE                              | 2024-10-22
            # ca-riom-2024-10-21-23-01281.docx
            Arrêt rendu ce VINGT-ET-UN OCTOBRE DEUX MILLE VINGT-QUATRE par la                | 2024-10-21
            # cass-2024-10-23-22-87146.txt, cass-2024-10-16-24-84707.txt, cass-2024-12-11-23-10708.html
            en son audience publique du vingt-trois octobre deux mille vingt-quatre.         | 2024-10-23
            en son audience publique du seize octobre deux mille vingt-quatre.               | 2024-10-16
            en son audience publique du onze décembre deux mille vingt-quatre, et signé      | 2024-12-11
            # ca-reims-2024-10-22-24-01361.txt: no date
            article 905-2 du code de procédure civile                                        | null
            """)
    void readsTheFirstDate(String text, String expected) {
        assertEquals(expected, FrenchDates.first(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # ca-riom-2024-10-21-23-01281.docx, cass-2024-10-23-22-87146.txt, ca-toulouse-2024-10-22-23-01927.odt
            VINGT-ET-UN                                | 21
            vingt-trois                                | 23
            DEUX MILLE VINGT QUATRE                    | 2024
            deux mille vingt-quatre                    | 2024
            """)
    void readsNumbersInWords(String words, int expected) {
        assertEquals(expected, FrenchDates.words(words));
    }
}
