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

    private final CitationExtractor extractor = new CitationExtractor();

    /** A sentence and its expected citations: article, source, kind, then the mention it first appears in. */
    private static Arguments sentence(String text, String... expected) {
        List<CitedArticle> citations = new ArrayList<>();
        for (int i = 0; i < expected.length; i += 4) {
            int start = firstWhole(text, expected[i + 3]);
            citations.add(new CitedArticle(expected[i], expected[i + 1], expected[i + 2], expected[i + 3], start,
                    start + expected[i + 3].length()));
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
                        "455", CPC, "code", "article 455 du code de procédure civile"),
                // ca-douai-2022-12-08-21-01153: "R.1111-9" glued
                sentence("Depuis le 1er avril 2018, l’article R.1111-9 du code de la santé publique impose l’obtention",
                        "R1111-9", "code de la santé publique", "code", "article R.1111-9 du code de la santé publique"),
                // ca-douai-2022-12-08-21-01153: a clause of the general conditions keeps its dot
                sentence("L’article 13.1 des conditions générales du contrat de prestation de services conclu entre les"
                        + " parties prévoit le cas de résiliation",
                        "13.1", "contrat", "contrat", "article 13.1 des conditions générales"),
                // ca-dijon-2024-10-22-24-00559: "et suivants" dropped, one source for three numbers
                sentence(". des articles L.722-2 et suivants, R.722-5 et suivants, et L.761-2 du code de la consommation, ",
                        "L722-2", "code de la consommation", "code",
                        "articles L.722-2 et suivants, R.722-5 et suivants, et L.761-2 du code de la consommation",
                        "R722-5", "code de la consommation", "code",
                        "articles L.722-2 et suivants, R.722-5 et suivants, et L.761-2 du code de la consommation",
                        "L761-2", "code de la consommation", "code",
                        "articles L.722-2 et suivants, R.722-5 et suivants, et L.761-2 du code de la consommation"),
                // ca-dijon-2024-10-22-24-00559: "bis P" glued
                sentence("ont acquitté le droit prévu à l'article 1635 bis P du code général des impôts : cf pour",
                        "1635bisP", "code général des impôts", "code", "article 1635 bis P du code général des impôts"),
                // ca-lyon-2024-10-22-24-00068: paragraphs "III" and alinéas dropped
                sentence("sur le fondement des articles L. 420-7 et L. 442-4 III, R. 420-5 et D. 442-2 alinéa 2 du code de"
                        + " commerce pour connaître de l'appel",
                        "L420-7", "code de commerce", "code",
                        "articles L. 420-7 et L. 442-4 III, R. 420-5 et D. 442-2 alinéa 2 du code de commerce",
                        "L442-4", "code de commerce", "code",
                        "articles L. 420-7 et L. 442-4 III, R. 420-5 et D. 442-2 alinéa 2 du code de commerce",
                        "R420-5", "code de commerce", "code",
                        "articles L. 420-7 et L. 442-4 III, R. 420-5 et D. 442-2 alinéa 2 du code de commerce",
                        "D442-2", "code de commerce", "code",
                        "articles L. 420-7 et L. 442-4 III, R. 420-5 et D. 442-2 alinéa 2 du code de commerce"),
                // ca-lyon-2024-10-22-24-00068: "L. 420.2" of a code is "L420-2"
                sentence("Vu les articles L. 420.2 alinéa 2, L. 442-1 II, L. 420.7 et R. 420-5 du code de commerce,",
                        "L420-2", "code de commerce", "code",
                        "articles L. 420.2 alinéa 2, L. 442-1 II, L. 420.7 et R. 420-5 du code de commerce",
                        "L442-1", "code de commerce", "code",
                        "articles L. 420.2 alinéa 2, L. 442-1 II, L. 420.7 et R. 420-5 du code de commerce",
                        "L420-7", "code de commerce", "code",
                        "articles L. 420.2 alinéa 2, L. 442-1 II, L. 420.7 et R. 420-5 du code de commerce",
                        "R420-5", "code de commerce", "code",
                        "articles L. 420.2 alinéa 2, L. 442-1 II, L. 420.7 et R. 420-5 du code de commerce"),
                // ca-rennes-2024-10-22-23-06791: one list, two codes
                sentence("demande à la cour au visa des articles 1224, 1227, 1228, 1186 et 1187 du code civil, 700 du code"
                        + " de procédure civile, de : ",
                        "1224", CIVIL, "code", "articles 1224, 1227, 1228, 1186 et 1187 du code civil",
                        "1227", CIVIL, "code", "articles 1224, 1227, 1228, 1186 et 1187 du code civil",
                        "1228", CIVIL, "code", "articles 1224, 1227, 1228, 1186 et 1187 du code civil",
                        "1186", CIVIL, "code", "articles 1224, 1227, 1228, 1186 et 1187 du code civil",
                        "1187", CIVIL, "code", "articles 1224, 1227, 1228, 1186 et 1187 du code civil",
                        "700", CPC, "code", "700 du code de procédure civile"),
                // ca-rennes-2024-10-22-23-06791: misspelt code names
                sentence("- Dit qu'en application de l''article 514 du Code de Procédure Civlie, la présente décision",
                        "514", CPC, "code", "article 514 du Code de Procédure Civlie"),
                sentence("- Liquidé les frais de greffe àla somme de € tels prévu aux articles 695 et 701 au Code cle"
                        + " procédure civile.",
                        "695", CPC, "code", "articles 695 et 701 au Code cle procédure civile",
                        "701", CPC, "code", "articles 695 et 701 au Code cle procédure civile"),
                // ca-lyon-2024-10-22-22-06147: an abbreviation, and a sum that is not an article
                sentence("une indemnité d'un montant de 10.000,00 € au titre de l'article 700 CPC ;",
                        "700", CPC, "code", "article 700 CPC"),
                // ca-lyon-2024-10-22-24-07986: "du même code", then a bare article quoted from that code
                sentence("L'article L. 741-3 du CESEDA énonce qu'un étranger ne peut être placé ou maintenu en rétention."
                        + "\n\nL'article L. 742-5 du même code dispose que «A titre exceptionnel, le magistrat du siège"
                        + " peut à nouveau être saisi aux fins de prolongation du maintien en rétention au-delà de la"
                        + " durée maximale de rétention prévue à l'article L. 742-4, lorsqu'une des situations",
                        "L741-3", CESEDA, "code", "article L. 741-3 du CESEDA",
                        "L742-5", CESEDA, "code", "article L. 742-5 du même code",
                        "L742-4", CESEDA, "code", "article L. 742-4"),
                // ca-nimes-2024-10-22-24-00269: "de ce même code" and a range
                sentence("Selon l'article 783 du code de procédure civile, le juge de la mise en état procède aux"
                        + " jonctions. En application de l'article 792 de ce même code, les mesures prises par le juge"
                        + " de la mise en état, hormis celles résultant des articles 787 à 790, sont l'objet",
                        "783", CPC, "code", "article 783 du code de procédure civile",
                        "792", CPC, "code", "article 792 de ce même code",
                        "787", CPC, "code", "articles 787 à 790",
                        "790", CPC, "code", "articles 787 à 790"),
                // ca-dijon-2024-10-22-24-00528: a law by its date
                sentence("dans le délai d'un mois, les dispositions de l'article 14-1 de la loi du 6 juillet 1989 étant"
                        + " rappelées.",
                        "14-1", "loi du 6 juillet 1989", "loi", "article 14-1 de la loi du 6 juillet 1989"),
                // ca-dijon-2024-10-22-24-00559: a treaty named before its article, a declaration after
                sentence(". 'du droit conventionnel au sujet du Protocole additionnel de la Convention de Sauvegarde des"
                        + " Drots de l'homme et de Libertés Fondamentales, article 1 sur la protection de la propriété"
                        + " et l'article 17 de la Déclaration du 26 août 1789 des droits de l'homme et du citoyen', ",
                        "1", "protocole additionnel à la convention européenne des droits de l'homme", "europeen",
                        "article 1",
                        "17", "déclaration des droits de l'homme et du citoyen du 26 août 1789", "autre",
                        "article 17 de la Déclaration du 26 août 1789 des droits de l'homme et du citoyen"),
                // ca-lyon-2024-10-22-22-06147: "1er" of a town-planning regulation
                sentence("l'article 1er du plan local d'urbanisme produit, en vigueur jusqu'au mois de décembre 2022,",
                        "1", "plan local d'urbanisme", "autre", "article 1er du plan local d'urbanisme"),
                // ca-grenoble-2024-10-22-22-02661: a law cited as a whole is no item; "dans le code civil"
                sentence("la loi du n° 2024-346 du 15 avril 2024 visant à adapter le droit de la responsabilité civile,"
                        + " qui crée un chapitre IV 'les troubles anormaux du voisinage' et un article 1253 dans le code"
                        + " civil et abroge l'article L. 113-8 du code de la construction et de l'habitation, n'est pas",
                        "1253", CIVIL, "code", "article 1253 dans le code civil",
                        "L113-8", "code de la construction et de l'habitation", "code",
                        "article L. 113-8 du code de la construction et de l'habitation"),
                // ca-grenoble-2024-10-22-23-00189: case law is no citation; "L .331 -1" as the PDF split it
                sentence("au sens de l'article 954 du code de procédure civile sur le fond des demandes ( notamment"
                        + " Civ. 2e, 5 déc. 2013, n° 12-23.611). Il est soumis aux dispositions de l' article L .331 -1"
                        + " du code de la consommation et n'est pas affecté",
                        "954", CPC, "code", "article 954 du code de procédure civile",
                        "L331-1", "code de la consommation", "code", "article L .331 -1 du code de la consommation"),
                // ca-lyon-2024-10-22-24-00928: a bare "article 700" in a civil ruling
                sentence("- rejeter la demande d'article 700 formulée par M. [P] et Mme [H],",
                        "700", CPC, "code", "article 700"),
                // cass-2024-12-05-23-16359: alinéas between the numbers of a list
                sentence("Vu les articles 8, alinéa 1er, 2, alinéa 1er, et 3, alinéa 1er, de la loi n° 65-557 du 10"
                        + " juillet 1965 :",
                        "8", "loi n° 65-557 du 10 juillet 1965", "loi",
                        "articles 8, alinéa 1er, 2, alinéa 1er, et 3, alinéa 1er, de la loi n° 65-557 du 10 juillet 1965",
                        "2", "loi n° 65-557 du 10 juillet 1965", "loi",
                        "articles 8, alinéa 1er, 2, alinéa 1er, et 3, alinéa 1er, de la loi n° 65-557 du 10 juillet 1965",
                        "3", "loi n° 65-557 du 10 juillet 1965", "loi",
                        "articles 8, alinéa 1er, 2, alinéa 1er, et 3, alinéa 1er, de la loi n° 65-557 du 10 juillet 1965"),
                // tj-bordeaux: a renumbered article shares the source of its new number
                sentence("fondé à solliciter le paiement des intérêts au taux légal, en vertu de l’article 1153 devenu"
                        + " 1231-6 du code civil, sur le capital",
                        "1153", CIVIL, "code", "article 1153 devenu 1231-6 du code civil",
                        "1231-6", CIVIL, "code", "article 1153 devenu 1231-6 du code civil"),
                // a divorce judgment: the code named without "du"
                sentence("prononcé du divorce sur le fondement des articles 237 et suivants Code civil de :",
                        "237", CIVIL, "code", "articles 237 et suivants Code civil"),
                // tj-paris-2024-11-15-21-00807-6637: a European directive, "à son article 13"
                sentence("conformément à la directive 2004/48 sur le respect des droits de propriété intellectuelle, qui"
                        + " prévoit à son article 13 que les dommages et intérêts",
                        "13", "directive 2004/48", "europeen", "article 13"),
                // ca-lyon CESEDA ruling: ranges of two code parts
                sentence("Vu les articles L.740-1 à L.744-17 et R.740-1 à R.744-47 du code de l'entrée et du séjour des"
                        + " étrangers et du droit d'asile (CESEDA) et spécialement",
                        "L740-1", CESEDA, "code", "articles L.740-1 à L.744-17 et R.740-1 à R.744-47 du code de l'entrée"
                                + " et du séjour des étrangers et du droit d'asile",
                        "L744-17", CESEDA, "code", "articles L.740-1 à L.744-17 et R.740-1 à R.744-47 du code de"
                                + " l'entrée et du séjour des étrangers et du droit d'asile",
                        "R740-1", CESEDA, "code", "articles L.740-1 à L.744-17 et R.740-1 à R.744-47 du code de"
                                + " l'entrée et du séjour des étrangers et du droit d'asile",
                        "R744-47", CESEDA, "code", "articles L.740-1 à L.744-17 et R.740-1 à R.744-47 du code de"
                                + " l'entrée et du séjour des étrangers et du droit d'asile"),
                // tj-paris: a regulation this extractor cannot name gives no source, not a borrowed one
                sentence("Selon l'article 1240 du code civil, tout fait oblige. Le bailleur a agi en violation de"
                        + " l’article 31-2 du règlement sanitaire de la ville de Roy, qui interdit",
                        "1240", CIVIL, "code", "article 1240 du code civil",
                        "31-2", null, "autre", "article 31-2 du règlement"));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void extractsEveryCitationOnceWithItsFirstMention(String text, List<CitedArticle> expected) {
        assertEquals(expected, extractor.extract(RulingText.of(text)));
    }
}
