package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ruling.Judge;

/** Compositions copied from the shared rulings (file named above each case), with the bench they give. */
class BenchExtractorTest {
    private final BenchExtractor extractor = new BenchExtractor();

    @ParameterizedTest(name = "{0}")
    @MethodSource("compositions")
    void readsTheBench(String source, String text, Bench expected) {
        assertEquals(expected, extractor.extract(RulingText.of(text)));
    }

    static Stream<Arguments> compositions() {
        return Stream.of(
                // ca-dijon-2024-10-22-24-00528.txt: the clerk who signs, not the one of the debates
                Arguments.of("composition list and signature", """
                        COMPOSITION DE LA COUR :
                        En application des dispositions des articles 805 et 907 du code de procédure civile, l'affaire a été débattue le 03 septembre 2024 en audience publique, les avocats ne s'y étant pas opposés, devant Leslie CHARBONNIER, Conseiller. Ce magistrat a rendu compte des plaidoiries lors du délibéré, la cour étant alors composée de :
                        Viviane CAULLIREAU-FOREL, Président de chambre,
                        Leslie CHARBONNIER, Conseiller,
                        Bénédicte KUENTZ, Conseiller,
                        qui en ont délibéré.
                        GREFFIER LORS DES DÉBATS : Sylvie RANGEARD, Greffier
                        SIGNÉ : par Viviane CAULLIREAU-FOREL, Président de chambre, et par Aurore VUILLEMOT, greffier auquel la minute de la décision a été remise par le magistrat signataire.
                        """, new Bench(List.of(
                        new Judge("Leslie CHARBONNIER", "conseiller"),
                        new Judge("Viviane CAULLIREAU-FOREL", "président de chambre"),
                        new Judge("Bénédicte KUENTZ", "conseiller")), "Aurore VUILLEMOT")),
                // ca-grenoble-2024-10-22-22-02661.txt: titles, feminine functions, a second greffière present
                Arguments.of("titles and feminine functions", """
                        COMPOSITION DE LA COUR :
                        LORS DU DÉLIBÉRÉ :
                        Mme Emmanuèle Cardona, présidente,
                        Mme Anne-Laure Pliskine, conseillère,
                        Mme Ludivine Chetail, conseillère,
                        DÉBATS :
                        A l'audience publique du 10 Septembre 2024, Mme Ludivine Chetail, conseillère qui a fait son rapport, assistée de Mme Solène Roux, greffière, en présence de Mme Caroline Bertolo, greffière, a entendu seule les avocats en leurs conclusions.
                        """, new Bench(List.of(
                        new Judge("Emmanuèle Cardona", "président"),
                        new Judge("Anne-Laure Pliskine", "conseiller"),
                        new Judge("Ludivine Chetail", "conseiller")), "Solène Roux")),
                // ca-lyon-2024-10-22-20-06085.txt: an ordonnance of the mise en état
                Arguments.of("Nous, ..., assistée de", """
                        Nous, Sophie DUMURGIER, Présidente chargée de la mise en état, assistée de Clémence RUILLAT, Greffière,
                        Vu la procédure en instance d'appel inscrite au répertoire général sous le numéro N° RG 20/06085
                        """, new Bench(List.of(new Judge("Sophie DUMURGIER", "président")), "Clémence RUILLAT")),
                // ca-rennes-2024-10-22-23-06791.txt: the function before the name, the clerk on the next line
                Arguments.of("Président : ..., GREFFIER :", """
                        COMPOSITION DE LA COUR LORS DU DÉLIBÉRÉ :
                        Président : Monsieur Alexis CONTAMINE, Président de chambre,
                        Assesseur : Madame Fabienne CLEMENT, Présidente de chambre,
                        Assesseur : Madame Sophie RAMIN, Conseiller,
                        GREFFIER :

                        Madame Julie ROUET, lors des débats et lors du prononcé
                        """, new Bench(List.of(
                        new Judge("Alexis CONTAMINE", "président de chambre"),
                        new Judge("Fabienne CLEMENT", "président de chambre"),
                        new Judge("Sophie RAMIN", "conseiller")), "Julie ROUET")),
                // ca-toulouse-2024-10-22-23-01927.txt: initials
                Arguments.of("initials", """
                        composée de :
                        E. VET, président
                        E. VET, conseiller
                        P. BALISTA, conseiller
                        Greffière, lors des débats : I. ANGER
                        """, new Bench(List.of(new Judge("E. VET", "président"), new Judge("P. BALISTA", "conseiller")),
                        "I. ANGER")),
                // tj-paris-2024-11-15-22-36056-8252.txt: each function on its own line above the name
                Arguments.of("LE JUGE / LE GREFFIER", """
                        LE JUGE AUX AFFAIRES FAMILIALES
                        Céline DELCOIGNE
                        LE GREFFIER
                        Marion COCHENNEC
                        EXPOSÉ DU LITIGE
                        """, new Bench(List.of(new Judge("Céline DELCOIGNE", "juge")), "Marion COCHENNEC")),
                // tcom-7202-2024006456-2024-10-22-3.json: "Nous" without a comma
                Arguments.of("tribunal de commerce", """
                        Nous Monsieur François-Xavier LANGLAIS, Juge du Tribunal de Commerce du Mans, siégeant en état de
                        référé, assisté de Monsieur Jérôme MOUSSAY, Commis Greffier Assermenté, présent lors du prononcé.
                        """, new Bench(List.of(new Judge("François-Xavier LANGLAIS", "juge")), "Jérôme MOUSSAY")),
                // cass-2024-12-05-16-21802.html: in the signature block, a name under a title is not that title's
                Arguments.of("signature block of an ordonnance", """
                        Laurent Waguette, conseiller délégué par le premier président de la Cour de cassation, assisté de Vénusia Ismail, greffier lors des débats du 14 novembre 2024, a rendu l'ordonnance suivante, sur saisine d'office :
                        Fait à Paris, le 5 décembre 2024
                        Le greffier,
                        Le conseiller délégué,
                        Vénusia Ismail
                        Laurent Waguette
                        """, new Bench(List.of(new Judge("Laurent Waguette", "conseiller")), "Vénusia Ismail")),
                // cass-2024-12-05-21-18445.html: the Cour de cassation's list; the avocat général is no judge
                Arguments.of("où étaient présents", """
                        Sur le rapport de Mme Abgrall, conseiller, et l'avis de M. Burgaud, avocat général référendaire, après débats en l'audience publique du 5 novembre 2024 où étaient présents Mme Teiller, président, Mme Abgrall, conseiller rapporteur, M. Boyer, conseiller doyen, MM. Pety, Brillet, conseillers, M. Zedda, conseiller référendaire, M. Burgaud, avocat général référendaire, et Mme Maréville, greffier de chambre,
                        la troisième chambre civile de la Cour de cassation, composée des président et conseillers précités, après en avoir délibéré conformément à la loi, a rendu le présent arrêt.
                        """, new Bench(List.of(
                        new Judge("Teiller", "président"),
                        new Judge("Abgrall", "conseiller"),
                        new Judge("Boyer", "conseiller doyen"),
                        new Judge("Pety", "conseiller"),
                        new Judge("Brillet", "conseiller"),
                        new Judge("Zedda", "conseiller référendaire")), "Maréville")),
                // guards the search of "name, function" only on the lines before a comma followed by a
                // function: the title may be on the line above the name, the comma on the line below it
                Arguments.of("title and comma on other lines than the name", """
                        COMPOSITION DE LA COUR :
                        Madame
                        Sophie DUMURGIER, présidente,
                        M. Jean PETIT
                        , conseiller,
                        GREFFIER : Clémence RUILLAT
                        """, new Bench(List.of(new Judge("Sophie DUMURGIER", "président"), new Judge("Jean PETIT", "conseiller")),
                        "Clémence RUILLAT")),
                // guards the search of "LE JUGE / name" at line starts only: "\r\n" ends each line
                Arguments.of("function above the name, Windows line ends",
                        "Jugement rendu par\r\nLE JUGE\r\nCéline DELCOIGNE\r\nLE GREFFIER\r\nMarion COCHENNEC\r\n",
                        new Bench(List.of(new Judge("Céline DELCOIGNE", "juge")), "Marion COCHENNEC")),
                // guards the commas skipped by that search: ", et," is followed by no function
                Arguments.of("a comma before no function", """
                        Débats tenus par Mme Anne DUPONT, conseillère, et, Mme Lise MARTIN, conseillère, assistées de Mme Rose BLANC, greffière.
                        """, new Bench(List.of(new Judge("Anne DUPONT", "conseiller"), new Judge("Lise MARTIN", "conseiller")),
                        "Rose BLANC")));
    }
}
