package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ruling.CitedArticle;

/** Real sentences of the shared rulings (file named above each) and the citations they hold. */
class CitationExtractorTest {
    private static final String CPC = "code de procédure civile";
    private static final String CIVIL = "code civil";
    private static final String CESEDA = "code de l'entrée et du séjour des étrangers et du droit d'asile";
    private static final String CODE = "code";

    private final CitationExtractor extractor = new CitationExtractor();

    /** One mention as written, the source and kind it gives, and the articles it cites first. */
    private record Mention(String text, String source, String kind, String... articles) {
    }

    private static Mention cites(String text, String source, String kind, String... articles) {
        return new Mention(text, source, kind, articles);
    }

    /** A sentence and its expected citations, mention by mention, in order. */
    private static Arguments sentence(String text, Mention... mentions) {
        List<CitedArticle> citations = new ArrayList<>();
        for (Mention mention : mentions) {
            int start = firstWhole(text, mention.text());
            for (String article : mention.articles()) {
                citations.add(new CitedArticle(article, mention.source(), mention.kind(), mention.text(), start,
                        start + mention.text().length()));
            }
        }
        return Arguments.of(text, citations);
    }

    /** Where {@code mention} first stands as whole words ("article 1", not the start of "article 17"). */
    private static int firstWhole(String text, String mention) {
        for (int at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
            int end = at + mention.length();
            if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                return at;
            }
        }
        throw new IllegalArgumentException("mention not in the sentence: " + mention);
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                // ca-douai-2022-12-08-21-01153: a typographic apostrophe, a code
                sentence("En application de l’article 455 du code de procédure civile, il est renvoyé aux écritures",
                        cites("article 455 du code de procédure civile", CPC, CODE, "455")),
                // ca-douai-2022-12-08-21-01153: "R.1111-9" glued
                sentence("Depuis le 1er avril 2018, l’article R.1111-9 du code de la santé publique impose l’obtention",
                        cites("article R.1111-9 du code de la santé publique", "code de la santé publique", CODE,
                                "R1111-9")),
                // ca-douai-2022-12-08-21-01153: a clause of the general conditions keeps its dot
                sentence("L’article 13.1 des conditions générales du contrat de prestation de services conclu entre les"
                        + " parties prévoit le cas de résiliation",
                        cites("article 13.1 des conditions générales", "contrat", "contrat", "13.1")),
                // ca-dijon-2024-10-22-24-00559: "et suivants" dropped, one source for three numbers
                sentence(". des articles L.722-2 et suivants, R.722-5 et suivants, et L.761-2 du code de la consommation, ",
                        cites("articles L.722-2 et suivants, R.722-5 et suivants, et L.761-2 du code de la consommation",
                                "code de la consommation", CODE, "L722-2", "R722-5", "L761-2")),
                // ca-dijon-2024-10-22-24-00559: "bis P" glued
                sentence("ont acquitté le droit prévu à l'article 1635 bis P du code général des impôts : cf pour",
                        cites("article 1635 bis P du code général des impôts", "code général des impôts", CODE,
                                "1635bisP")),
                // ca-lyon-2024-10-22-24-00068: paragraphs "III" and alinéas dropped
                sentence("sur le fondement des articles L. 420-7 et L. 442-4 III, R. 420-5 et D. 442-2 alinéa 2 du code de"
                        + " commerce pour connaître de l'appel",
                        cites("articles L. 420-7 et L. 442-4 III, R. 420-5 et D. 442-2 alinéa 2 du code de commerce",
                                "code de commerce", CODE, "L420-7", "L442-4", "R420-5", "D442-2")),
                // ca-lyon-2024-10-22-24-00068: "L. 420.2" of a code is "L420-2"
                sentence("Vu les articles L. 420.2 alinéa 2, L. 442-1 II, L. 420.7 et R. 420-5 du code de commerce,",
                        cites("articles L. 420.2 alinéa 2, L. 442-1 II, L. 420.7 et R. 420-5 du code de commerce",
                                "code de commerce", CODE, "L420-2", "L442-1", "L420-7", "R420-5")),
                // ca-rennes-2024-10-22-23-06791: one list, two codes
                sentence("demande à la cour au visa des articles 1224, 1227, 1228, 1186 et 1187 du code civil, 700 du code"
                        + " de procédure civile, de : ",
                        cites("articles 1224, 1227, 1228, 1186 et 1187 du code civil", CIVIL, CODE,
                                "1224", "1227", "1228", "1186", "1187"),
                        cites("700 du code de procédure civile", CPC, CODE, "700")),
                // ca-rennes-2024-10-22-23-06791: misspelt code names
                sentence("- Dit qu'en application de l''article 514 du Code de Procédure Civlie, la présente décision",
                        cites("article 514 du Code de Procédure Civlie", CPC, CODE, "514")),
                sentence("- Liquidé les frais de greffe àla somme de € tels prévu aux articles 695 et 701 au Code cle"
                        + " procédure civile.",
                        cites("articles 695 et 701 au Code cle procédure civile", CPC, CODE, "695", "701")),
                // ca-lyon-2024-10-22-22-06147: an abbreviation, and a sum that is not an article
                sentence("une indemnité d'un montant de 10.000,00 € au titre de l'article 700 CPC ;",
                        cites("article 700 CPC", CPC, CODE, "700")),
                // ca-lyon-2024-10-22-24-07986: "du même code", then a bare article quoted from that code
                sentence("L'article L. 741-3 du CESEDA énonce qu'un étranger ne peut être placé ou maintenu en rétention."
                        + "\n\nL'article L. 742-5 du même code dispose que «A titre exceptionnel, le magistrat du siège"
                        + " peut à nouveau être saisi aux fins de prolongation du maintien en rétention au-delà de la"
                        + " durée maximale de rétention prévue à l'article L. 742-4, lorsqu'une des situations",
                        cites("article L. 741-3 du CESEDA", CESEDA, CODE, "L741-3"),
                        cites("article L. 742-5 du même code", CESEDA, CODE, "L742-5"),
                        cites("article L. 742-4", CESEDA, CODE, "L742-4")),
                // ca-nimes-2024-10-22-24-00269: "de ce même code" and a range
                sentence("Selon l'article 783 du code de procédure civile, le juge de la mise en état procède aux"
                        + " jonctions. En application de l'article 792 de ce même code, les mesures prises par le juge"
                        + " de la mise en état, hormis celles résultant des articles 787 à 790, sont l'objet",
                        cites("article 783 du code de procédure civile", CPC, CODE, "783"),
                        cites("article 792 de ce même code", CPC, CODE, "792"),
                        cites("articles 787 à 790", CPC, CODE, "787", "790")),
                // ca-lyon-2024-10-22-22-02368: "dudit code", then a code quoted inside the article quoted
                sentence("L'article 4 du code de procédure pénale, après avoir dans son deuxième alinéa posé le principe"
                        + " que le juge civil saisi d'une action en réparation d'un dommage causé par une infraction,"
                        + " doit surseoir à statuer.\n\nL'article 4-1 dudit code précise : \" L'absence de faute pénale"
                        + " non intentionnelle au sens de l'article 121-3 du code pénal ne fait pas obstacle",
                        cites("article 4 du code de procédure pénale", "code de procédure pénale", CODE, "4"),
                        cites("article 4-1 dudit code", "code de procédure pénale", CODE, "4-1"),
                        cites("article 121-3 du code pénal", "code pénal", CODE, "121-3")),
                // ca-dijon-2024-10-22-24-00528: a law by its date
                sentence("dans le délai d'un mois, les dispositions de l'article 14-1 de la loi du 6 juillet 1989 étant"
                        + " rappelées.",
                        cites("article 14-1 de la loi du 6 juillet 1989", "loi du 6 juillet 1989", "loi", "14-1")),
                // ca-dijon-2024-10-22-24-00559: a treaty named before its article, a declaration after
                sentence(". 'du droit conventionnel au sujet du Protocole additionnel de la Convention de Sauvegarde des"
                        + " Drots de l'homme et de Libertés Fondamentales, article 1 sur la protection de la propriété"
                        + " et l'article 17 de la Déclaration du 26 août 1789 des droits de l'homme et du citoyen', ",
                        cites("article 1", "protocole additionnel à la convention européenne des droits de l'homme",
                                "europeen", "1"),
                        cites("article 17 de la Déclaration du 26 août 1789 des droits de l'homme et du citoyen",
                                "déclaration des droits de l'homme et du citoyen du 26 août 1789", "autre", "17")),
                // ca-lyon-2024-10-22-22-06147: "1er" of a town-planning regulation
                sentence("l'article 1er du plan local d'urbanisme produit, en vigueur jusqu'au mois de décembre 2022,",
                        cites("article 1er du plan local d'urbanisme", "plan local d'urbanisme", "autre", "1")),
                // ca-grenoble-2024-10-22-22-02661: a law cited as a whole is no item; "dans le code civil"
                sentence("la loi du n° 2024-346 du 15 avril 2024 visant à adapter le droit de la responsabilité civile,"
                        + " qui crée un chapitre IV 'les troubles anormaux du voisinage' et un article 1253 dans le code"
                        + " civil et abroge l'article L. 113-8 du code de la construction et de l'habitation, n'est pas",
                        cites("article 1253 dans le code civil", CIVIL, CODE, "1253"),
                        cites("article L. 113-8 du code de la construction et de l'habitation",
                                "code de la construction et de l'habitation", CODE, "L113-8")),
                // ca-grenoble-2024-10-22-23-00189: case law is no citation
                sentence("ne suffit pas à constituer une prétention au sens de l'article 954 du code de procédure civile"
                        + " sur le fond des demandes qui ont été tranchées par ce jugement ( notamment Civ. 2e, 5 déc."
                        + " 2013, n° 12-23.611)",
                        cites("article 954 du code de procédure civile", CPC, CODE, "954")),
                // ca-grenoble-2024-10-22-23-00189: "L .331 -1" as the text splits it
                sentence("L'acte de cautionnement signé par M. [J] est soumis aux dispositions de l' article L .331 -1 du"
                        + " code de la consommation et n'est pas affecté par la réforme des sûretés",
                        cites("article L .331 -1 du code de la consommation", "code de la consommation", CODE, "L331-1")),
                // ca-lyon-2024-10-22-24-00928: a bare "article 700" in a civil ruling
                sentence("- rejeter la demande d'article 700 formulée par M. [P] et Mme [H],",
                        cites("article 700", CPC, CODE, "700")),
                // cass-2024-12-05-23-16359: alinéas between the numbers of a list
                sentence("Vu les articles 8, alinéa 1er, 2, alinéa 1er, et 3, alinéa 1er, de la loi n° 65-557 du 10"
                        + " juillet 1965 :",
                        cites("articles 8, alinéa 1er, 2, alinéa 1er, et 3, alinéa 1er, de la loi n° 65-557 du 10 juillet"
                                + " 1965", "loi n° 65-557 du 10 juillet 1965", "loi", "8", "2", "3")),
                // tj-paris-2024-11-15-23-05254-9354: a renumbered article shares the source of its new number
                sentence("fondé à solliciter le paiement des intérêts au taux légal, en vertu de l’article 1153 devenu"
                        + " 1231-6 du code civil, sur le capital",
                        cites("article 1153 devenu 1231-6 du code civil", CIVIL, CODE, "1153", "1231-6")),
                // cass-2024-12-05-22-24184: "devenu" after a named source, in a singular mention
                sentence("la cour d'appel a violé l'article R. 315-6 du code de l'urbanisme, devenu R. 442-7 du code de"
                        + " l'urbanisme, ensemble l'article 7 de l'ordonnance n° 2004-632 du 1er juillet 2004",
                        cites("article R. 315-6 du code de l'urbanisme", "code de l'urbanisme", CODE, "R315-6"),
                        cites("R. 442-7 du code de l'urbanisme", "code de l'urbanisme", CODE, "R442-7"),
                        cites("article 7 de l'ordonnance n° 2004-632 du 1er juillet 2004",
                                "ordonnance n° 2004-632 du 1er juillet 2004", "loi", "7")),
                // cass-2024-10-23-22-22917: a collective agreement up to its date
                sentence("relève que selon l'article 9 de la convention collective nationale de travail des établissements"
                        + " et services pour personnes inadaptées et handicapées du 15 mars 1966, la période d'essai",
                        cites("article 9 de la convention collective nationale de travail des établissements et services"
                                + " pour personnes inadaptées et handicapées du 15 mars 1966", "convention collective"
                                + " nationale de travail des établissements et services pour personnes inadaptées et"
                                + " handicapées du 15 mars 1966", "autre", "9")),
                // tj-paris-2024-11-15-22-36056-8252: the code named without "du"
                sentence("prononcé du divorce sur le fondement des articles 237 et suivants Code civil de :",
                        cites("articles 237 et suivants Code civil", CIVIL, CODE, "237")),
                // tj-paris-2024-11-15-21-00807-6637: a European directive, "à son article 13"
                sentence("conformément à la directive 2004/48 sur le respect des droits de propriété intellectuelle, qui"
                        + " prévoit à son article 13 que les dommages et intérêts",
                        cites("article 13", "directive 2004/48", "europeen", "13")),
                // ca-douai-2024-10-22-24-02103: ranges of two code parts
                sentence("Vu les articles L.740-1 à L.744-17 et R.740-1 à R.744-47 du code de l'entrée et du séjour des"
                        + " étrangers et du droit d'asile (CESEDA) et spécialement",
                        cites("articles L.740-1 à L.744-17 et R.740-1 à R.744-47 du code de l'entrée et du séjour des"
                                + " étrangers et du droit d'asile", CESEDA, CODE, "L740-1", "L744-17", "R740-1",
                                "R744-47")),
                // tj-paris-2024-11-15-23-56956-0106: a regulation this extractor cannot name gives no source, not
                // the one of the citation before it
                sentence("L'article L.145-41 du code de commerce dispose que « toute clause insérée dans le bail"
                        + " prévoyant la résiliation de plein droit ne produit effet qu'un mois après un commandement »."
                        + "\n\nse propageant dans les cages d’escalier puis les appartements, en violation de l’article"
                        + " 31-2 du règlement sanitaire de la ville de Roy, qui interdit de rejeter de l’air vicié",
                        cites("article L.145-41 du code de commerce", "code de commerce", CODE, "L145-41"),
                        cites("article 31-2 du règlement", null, "autre", "31-2")));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void extractsEveryCitationOnceWithItsFirstMention(String text, List<CitedArticle> expected) {
        assertEquals(expected, extractor.extract(RulingText.of(text)));
    }
}
