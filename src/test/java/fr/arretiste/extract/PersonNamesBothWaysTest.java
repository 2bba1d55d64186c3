package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ruling.Lawyer;
import fr.arretiste.ruling.Party;

/**
 * The combined extractor (rules, and the trained name finder where they read no name) handles
 * people pseudonymised with placeholders ("[E] [R]", as the courts publish them) and people with
 * real-looking names (as silver/ has the same rulings, with replacement names) alike.
 */
class PersonNamesBothWaysTest {
    private static final String PHYSIQUE = "personne_physique";
    private static final String MORALE = "personne_morale";
    private static final List<Lawyer> GRENOBLE_COUNSEL = List.of(new Lawyer("Jean-Bruno PETIT", "Grenoble"));
    private static final List<Lawyer> LYON_COUNSEL = List.of(new Lawyer("Eric DEZ", "Ain"));

    private final PartyExtractor extractor = new PartyExtractor(NameFinder.standard(), PartyKindClassifier.standard(), false);

    @ParameterizedTest(name = "{0}")
    @MethodSource("headings")
    void readsPersonsWhateverTheirNames(String source, String heading, List<Party> expected) {
        assertEquals(expected, extractor.extract(RulingText.of(heading)));
    }

    static Stream<Arguments> headings() {
        return Stream.of(
                // rulings/ca-grenoble-2024-10-22-22-02661.txt: the persons as the court published them
                Arguments.of("placeholders", """
                        APPELANTS :
                        M. [E] [R]
                        né le [Date naissance 3] 1981 à [Localité 5]
                        Mme [I] [O] épouse [R]
                        née le [Date naissance 4] 1982 à [Localité 5]
                        représentés par Me Jean-Bruno PETIT de la SELARL L. LIGAS-RAYMOND - JB PETIT, avocat au barreau de GRENOBLE, postulant
                        INTIMÉE :
                        La société ADVIVO, prise en la personne de son représentant légal en exercice domicilié es-qualités audit siège.
                        """, List.of(
                        new Party("[E] [R]", null, PHYSIQUE, "appelant", GRENOBLE_COUNSEL),
                        new Party("[I] [O] épouse [R]", null, PHYSIQUE, "appelant", GRENOBLE_COUNSEL),
                        new Party("ADVIVO", null, MORALE, "intime", List.of()))),
                // silver/ca-grenoble-2024-10-22-22-02661.json: the same heading with replacement names
                Arguments.of("real-looking names", """
                        APPELANTS :
                        M. Margaret Suzanne
                        né le 24/02/1965 1981 à [Localité 5]
                        Mme Julien Sabine épouse Suzanne
                        née le 19/01/1923 1982 à [Localité 5]
                        représentés par Me Jean-Bruno PETIT de la SELARL L. LIGAS-RAYMOND - JB PETIT, avocat au barreau de GRENOBLE, postulant
                        INTIMÉE :
                        La société ADVIVO, prise en la personne de son représentant légal en exercice domicilié es-qualités audit siège.
                        """, List.of(
                        new Party("Margaret Suzanne", null, PHYSIQUE, "appelant", GRENOBLE_COUNSEL),
                        new Party("Julien Sabine épouse Suzanne", null, PHYSIQUE, "appelant", GRENOBLE_COUNSEL),
                        new Party("ADVIVO", null, MORALE, "intime", List.of()))),
                // rulings/ca-lyon-2024-10-22-22-03116.txt: a person named without title
                Arguments.of("placeholders, no title", """
                        APPELANT :
                        [R] [B]
                        né le 14 Novembre 1979 à [Localité 4]
                        comparant en personne, assisté de Me Eric DEZ de la SELARL AVENIR JURISTES, avocat au barreau d'AIN
                        INTIMÉE :
                        CPAM DE L'AIN
                        représentée par Mme [N] [T] (Membre de l'entrep.) en vertu d'un pouvoir général
                        DÉBATS EN AUDIENCE PUBLIQUE DU : 24 Septembre 2024
                        """, List.of(
                        new Party("[R] [B]", null, PHYSIQUE, "appelant", LYON_COUNSEL),
                        new Party("CPAM DE L'AIN", null, MORALE, "intime", List.of()))),
                // silver/ca-lyon-2024-10-22-22-03116.json: the same, with replacement names
                Arguments.of("real-looking names, no title", """
                        APPELANT :
                        Adrien Christine
                        né le 14 Novembre 1979 à [Localité 4]
                        comparant en personne, assisté de Me Eric DEZ de la SELARL AVENIR JURISTES, avocat au barreau d'AIN
                        INTIMÉE :
                        CPAM DE L'AIN
                        représentée par Mme Thibault Charles (Membre de l'entrep.) en vertu d'un pouvoir général
                        DÉBATS EN AUDIENCE PUBLIQUE DU : 24 Septembre 2024
                        """, List.of(
                        new Party("Adrien Christine", null, PHYSIQUE, "appelant", LYON_COUNSEL),
                        new Party("CPAM DE L'AIN", null, MORALE, "intime", List.of()))));
    }
}
