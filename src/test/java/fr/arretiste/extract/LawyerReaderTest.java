package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ruling.Lawyer;

/** Representation lines of the shared rulings (file named above each case), with the lawyers they name. */
class LawyerReaderTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("representations")
    void readsTheLawyers(String source, String text, List<Lawyer> expected) {
        assertEquals(expected, LawyerReader.read(text));
    }

    static Stream<Arguments> representations() {
        return Stream.of(
                Arguments.of("ca-lyon-2024-10-22-24-00068.txt", """
                        Représentée par Me Philippe NOUVELLET de la SCP JACQUES AGUIRAUD ET PHILIPPE NOUVELLET, avocat au barreau de LYON, toque : 475, postulant et ayant pour avocat plaidant Me Pascal BENDJENNI, avocat au barreau du VAL D'OISE
                        """, List.of(new Lawyer("Philippe NOUVELLET", "Lyon"), new Lawyer("Pascal BENDJENNI", "Val d'Oise"))),
                Arguments.of("ca-rennes-2024-10-22-23-06791.txt", """
                        Représentée par Me Mikaël BONTE, Postulant, avocat au barreau de RENNES
                        Représentée par Me Cyril REPAIN, Plaidant, avocat au barreau de LA ROCHELLE-ROCHEFORT
                        """, List.of(new Lawyer("Mikaël BONTE", "Rennes"), new Lawyer("Cyril REPAIN", "La Rochelle-Rochefort"))),
                Arguments.of("ca-lyon-2024-10-22-24-07986.txt: surname first, the substituted lawyer counts", """
                        non comparante, régulièrement avisée, représentée par Maître AUGOYARD Marc, avocat au barreau de LYON substituant Me Jean-Paul TOMASI, avocat au barreau de LYON,
                        """, List.of(new Lawyer("AUGOYARD Marc", "Lyon"), new Lawyer("Jean-Paul TOMASI", "Lyon"))),
                Arguments.of("ca-metz-2024-10-17-21-02928.txt: a name after a line break", """
                        Représentée par Me Yves ROULLEAUX, avocat postulant au barreau de METZ et par Me
                        Julien SCHAEFFER, avocat plaidant du barreau de STRASBOURG
                        """, List.of(new Lawyer("Yves ROULLEAUX", "Metz"), new Lawyer("Julien SCHAEFFER", "Strasbourg"))),
                Arguments.of("ca-paris-2024-10-22-22-03612.txt: the liquidator is no lawyer", """
                        S.E.L.A.R.L. [V] ASSOCIES représentée par Maître [H] [V], agissant ès qualités de liquidateur judiciaire de la SAS [C] TP,
                        représentée par Me Matthieu BOCCON GIBOD de la SELARL LX PARIS-VERSAILLES-REIMS, avocat au barreau de PARIS, toque : C2477
                        """, List.of(new Lawyer("Matthieu BOCCON GIBOD", "Paris"))),
                Arguments.of("ca-rennes-2024-10-22-24-02762.txt: the bar stated once for two lawyers", """
                        Représentée par Me Camille SUDRON sustituant Me Marie VERRANDO de la SELARL LX
                        RENNES-ANGERS, Postulant, avocat au barreau de RENNES
                        """, List.of(new Lawyer("Camille SUDRON", "Rennes"), new Lawyer("Marie VERRANDO", "Rennes"))),
                Arguments.of("ca-reims-2024-10-22-24-01361.txt", """
                        représentant : Me Laurent POUGUET, avocat au barreau de l'AUBE
                        """, List.of(new Lawyer("Laurent POUGUET", "Aube"))));
    }
}
