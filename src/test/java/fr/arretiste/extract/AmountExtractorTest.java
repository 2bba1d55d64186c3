package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * Real passages of the shared rulings (file named above each row), cut at a clause boundary, and the
 * exact amounts GUIDELINES.md wants from them: value, text as printed, tax, category and offsets.
 */
class AmountExtractorTest {
    private final AmountExtractor extractor = new AmountExtractor();

    static Stream<Arguments> passages() {
        return Stream.of(
                // ca-douai-2022-12-08-21-01153.txt: a party's claim before the trial; TTC next to the sum, a no-break space inside it
                row("En parallèle, la SAS D2L informatique a sollicité de la SAS Pictime groupe le remboursement de la somme de 17\u00a0370 euros TTC, correspondant à 75% des sommes facturées par la SAS Pictime groupe au titre de l\u2019infogérance et de l\u2019antivirus depuis le début du contrat.",
                        List.of(
                        amount("17370", "17\u00a0370 euros", "TTC", "demande", 107))),
                // ca-douai-2022-12-08-21-01153.txt: the lower court's award recalled: irrecoverable costs
                row("condamné la SAS D2L informatique à payer à la SAS Pictime groupe la somme de 5\u00a0000 euros au titre de l\u2019article 700 du code de procédure civile,\n\n",
                        List.of(
                        amount("5000", "5\u00a0000 euros", null, "article_700", 77))),
                // ca-douai-2022-12-08-21-01153.txt: costs taxed by the lower court
                row("condamné la \u00ab\u00a0SARL Lehoux\u00a0\u00bb (ce qui constitue une erreur matérielle, la motivation du jugement condamnant la SAS D2L informatique) aux frais et dépens, taxés et liquidés à la somme de 73,24 euros en ce qui concerne le frais de greffe.",
                        List.of(
                        amount("73.24", "73,24 euros", null, "depens", 184))),
                // ca-douai-2022-12-08-21-01153.txt: an invoice named in a request to void it: a fact, not a sum claimed
                row("juger non avenue la facture FA18060199 d\u2019un montant de 37\u00a0343,63 euros TTC emise par la SAS Pictime groupe et censée couvrir les mensualités restant à courir avant la date du fin théorique du contrat, soit le 11 octobre 2019,",
                        List.of(
                        amount("37343.63", "37\u00a0343,63 euros", "TTC", "autre", 55))),
                // ca-douai-2022-12-08-21-01153.txt: the court refuses a claim: the sum stays claimed
                row("Déboute la SAS Pictime groupe de sa demande de condamnation de la SAS D2L informatique à lui payer la somme de 37\u00a0343,63 euros TTC en paiement de la facture FA18060199 ;\n",
                        List.of(
                        amount("37343.63", "37\u00a0343,63 euros", "TTC", "demande", 111))),
                // ca-dijon-2024-10-22-24-00559.txt: list items read their cue from the heading; each item its own purpose
                row("- condamné M. [E] [V] [Y] à payer à la société Crédit Logement les sommes suivantes :\n\n. 94 961,90 euros avec intérêts au taux légal à compter du 11 mai 2017, \n\n. 800 euros sur le fondement de l'article 700 du code de procédure civile, \n\n",
                        List.of(
                        amount("94961.90", "94 961,90 euros", null, "condamnation", 89),
                        amount("800", "800 euros", null, "article_700", 163))),
                // ca-dijon-2024-10-22-24-00559.txt: a price set by a party ('fixée par le Crédit Logement'), although the sentence speaks of a claim
                row("En l'espèce, une telle demande a déjà été présentée au juge de l'exécution par M.\u00a0[Y] qui n'avait toutefois pas précisé à quel montant il souhaitait voir rehausser la mise à prix, fixée par le Crédit Logement à 15 300 euros. \n\n",
                        List.of(
                        amount("15300", "15 300 euros", null, "autre", 211))),
                // ca-grenoble-2024-10-22-23-00189.txt: share capital with dots as thousands separators
                row("S.A. LYONNAISE DE BANQUE Société Anonyme au capital social de 260.840.262 €, immatriculée ",
                        List.of(
                        amount("260840262", "260.840.262 €", null, "autre", 62))),
                // ca-grenoble-2024-10-22-23-00189.txt: a sum in words
                row("la caution ayant estimé elle-même disposer d'un patrimoine de près d'un million d'euros ; elle n'avait donc pas de devoir de mise en garde",
                        List.of(
                        amount("1000000", "un million d'euros", null, "autre", 69))),
                // ca-grenoble-2024-10-22-23-00189.txt: a formal notice to pay: the creditor's claim
                row("la Lyonnaise de Banque a vainement mis en demeure M. [J], en sa qualité de caution solidaire, de procéder au paiement de la somme de 495.447,90€ au plus tard le 11 février 2020.\n\n",
                        List.of(
                        amount("495447.90", "495.447,90€", null, "demande", 133))),
                // ca-grenoble-2024-10-22-23-00189.txt: a rate is no sum
                row("remboursable sur une durée de 144 mois à compter du 5 décembre 2015, au taux d'intérêt annuel fixe de 2,17%.\n\n",
                        List.of()),
                // ca-rennes-2024-10-22-23-06791.txt: HT and TTC next to the sums of a contract
                row("Le financement devait intervenir par prélèvements mensuels à échoir tous les mois, sur une durée de 48 mois (+ prorata temporis éventuel) à raison de 200 euros HT par mois soit 240 euros TTC par mois.",
                        List.of(
                        amount("200", "200 euros", "HT", "autre", 150),
                        amount("240", "240 euros", "TTC", "autre", 177))),
                // ca-rennes-2024-10-22-23-06791.txt: two awards to two parties share the purpose written after the second
                row("a condamné la société [B] [O] à payer à la société COHERENCE COMMUNICATION la somme de 2500 euros et à la société LOCAM la somme de 1 500 euros au titre des frais irrépétibles, outre les dépens de l'instance; \n\n",
                        List.of(
                        amount("2500", "2500 euros", null, "article_700", 87),
                        amount("1500", "1 500 euros", null, "article_700", 132))),
                // ca-nimes-2024-10-22-24-00269.txt: ISO code after the sum; '13.180 EUR + 56 EUR' are two mentions
                row("- condamné la SARL MIROITERIE [Y] à payer à M. et Mme [F], pris ensemble, les sommes de 36.540 EUR au titre du préjudice matériel, 13.180 EUR + 56 EUR au titre du préjudice de jouissance,\n\n",
                        List.of(
                        amount("36540", "36.540 EUR", null, "condamnation", 88),
                        amount("13180", "13.180 EUR", null, "condamnation", 131),
                        amount("56", "56 EUR", null, "condamnation", 144))),
                // ca-lyon-2024-10-22-24-00068.txt: the slip '7. 622' (dot and no-break space) kept as printed
                row("E.U.R.L. STOCK FRANCE immatriculée au RCS de [Localité 5] sous le n° 378 025 654, a capital social de 7.\u00a0622 € \n\n",
                        List.of(
                        amount("7622", "7.\u00a0622 €", null, "autre", 102))),
                // ca-lyon-2024-10-22-22-02368.txt: the court grants a claim
                row("il convient de faire droit à la demande de provision pour un montant de 150 000 euros. \n\n",
                        List.of(
                        amount("150000", "150 000 euros", null, "condamnation", 72))),
                // ca-lyon-2024-10-22-22-02368.txt: a deposit towards the expert's fees: costs
                row("Dit que la [14] devra consigner à la régie de la cour avant le 16 décembre 2024 une provision de 750 euros à valoir sur la rémunération de l'expert, et qu'à défaut la désignation de l'expert sera caduque ;\n\n",
                        List.of(
                        amount("750", "750 euros", null, "depens", 97))),
                // ca-lyon-2024-10-22-22-06147.txt: 'à ce titre' points to the article 700 of the sentence before
                row("L'équité commande de faire application des dispositions de l'article 700 du code de procédure civile au profit de M et Mme [R], en appel. La société Louchris et la société ACM Plomberie sont condamnées in solidum à leur payer à ce titre la somme globale de 3.000 €. \n\n",
                        List.of(
                        amount("3000", "3.000 €", null, "article_700", 257))),
                // ca-grenoble-2024-10-22-23-01524.txt: the court values heads of damage listed under its reasons
                rowInMotivation("Réponse de la cour\n\nL'évaluation par la commission d'indemnisation des victimes d'infractions des postes de préjudices suivants apparait justifiée en ce qu'elle correspond à une réparation intégrale du préjudice subi par la victime et n'est pas spécifiquement discutée dans son principe par M. [O] :\n\n- les frais divers pour un montant de 800 euros, qui correspondent aux frais d'assistance d'un médecin conseil à expertise ;\n\n- les souffrances endurées pour un montant de 1 500 euros, qui correspond à une évaluation à 1 sur une échelle de 0 à 7 pour les douleurs engendrées par l'immobilisation d'un membre en raison de sutures ;\n\n",
                        List.of(
                        amount("800", "800 euros", null, "condamnation", 339),
                        amount("1500", "1 500 euros", null, "condamnation", 473))),
                // cass-2024-10-23-23-11564.txt: a bare figure made a sum by 'la somme de'; the judgment under review speaks ('reproche à l'arrêt de limiter')
                row("8. Le salarié reproche à l'arrêt de confirmer le jugement sauf en ce qu'il lui avait alloué la somme de 2 243,09 à titre d'indemnité de licenciement, et de limiter le montant de la condamnation de la société En'go Bourgogne à la somme de 2 211,01 euros à titre d'indemnité de licenciement,",
                        List.of(
                        amount("2243.09", "2 243,09", null, "condamnation", 104),
                        amount("2211.01", "2 211,01 euros", null, "condamnation", 238))),
                // cass-2024-10-23-23-84588.txt: irrecoverable costs in criminal cassation (article 618-1 CPP)
                row("FIXE à 2 500 euros la somme globale que M. [I] [G] devra payer aux parties représentées par la SCP Ricard, Bendel-Vasseur, Ghnassia, avocat à la Cour, en application de l'article 618-1 du code de procédure pénale ;\n",
                        List.of(
                        amount("2500", "2 500 euros", null, "article_700", 7))),
                // tj-paris-2024-11-15-23-05254-9354.txt: a decimal dot; the sum restated in words in brackets is the same mention
                row("CONDAMNE Monsieur Catherine Amélie à payer à la société BNP PARIBAS la somme de 12\u00a0736.01 euros (douze mille sept cent trente-six euros et un centime), à titre de restitution des sommes versées en application du contrat précité,\n\n",
                        List.of(
                        amount("12736.01", "12\u00a0736.01 euros", null, "condamnation", 80))),
                // tj-bordeaux-2024-11-15-22-01713-6735.txt: a figure cut by a line break; a party's request for irrecoverable costs
                row("- condamner Monsieur Bernadette Lucy à payer au FONDS DE GARANTIE DES VICTIMES DES ACTES DE TERRORISME ET D\u2019AUTRES INFRACTIONS la somme de 1 \n500 euros au titre des dispositions de l\u2019article 700 du Code de procédure civile, \n\n",
                        List.of(
                        amount("1500", "1 \n500 euros", null, "article_700", 139))),
                // tj-bordeaux-2024-11-15-22-04998-4198.txt: a surface is no sum, the price per square metre is
                row("Le traitement anti termites sera chiffré à la somme de 166 m2 x 20 € HT = 3320 € HT, soit 3984 € TTC.\n",
                        List.of(
                        amount("20", "20 €", "HT", "autre", 64),
                        amount("3320", "3320 €", "HT", "autre", 74),
                        amount("3984", "3984 €", "TTC", "autre", 90))),
                // tcom-7202-2024006456-2024-10-22-3.json (Judilibre export): a deposit towards the expert's fees, its purpose cut by a wrapped line: costs
                row("Disons que la société [A] devra consigner au greffe de ce tribunal dans un délai d\u2019un \nmois à compter de la notification de la présente ordonnance la somme de 3.000 euros en provision sur les frais et \nhonoraires de l\u2019Expert. \n",
                        List.of(
                        amount("3000", "3.000 euros", null, "depens", 159))),
                // tcom-8501-2022004794-2022-12-21-2.json (Judilibre export): thresholds 'fixés à l'article' order nothing: the invoice is a fact
                row("son chiffre d'affaires sont égaux ou inférieurs aux seuils fixés à\nl'article D 641-10 du code de commerce,\nAttendu qu'il y a donc lieu en application des dispositions des articles L.644-1 et suivants\ndu code de commerce de prononcer la liquidation judiciaire simplifiée,\nQu'il convient de reporter la date de cessation des paiements à la date du 30/09/2022,\ndate à laquelle la facture du fournisseur [C] d'un montant de 29.374,72 € n'a pu être\nréglée,\n",
                        List.of(
                        amount("29374.72", "29.374,72 €", null, "autre", 420))),
                // cass-2024-12-11-23-16532.html: a claim declared in insolvency proceedings
                row("4. La société Berivo Strategic a déclaré, à titre privilégié, une créance d'un montant total de 1 716 197 euros, composée de loyers impayés au 2 octobre 2017 majorée des intérêts de retard,",
                        List.of(
                        amount("1716197", "1 716 197 euros", null, "demande", 96))),
                // cass-2024-10-23-23-11564.txt: the judgment under review limits the award ('pour limiter'); the party's own limit stays a claim
                row("la cour d'appel a cru pouvoir affirmer, pour limiter la condamnation de ce chef à la seule somme de 863,56 euros, que le demandeur avait, dans son dispositif, limité le montant sollicité à titre de licenciement sans cause réelle et sérieuse à la somme de 863,56 euros ;",
                        List.of(
                        amount("863.56", "863,56 euros", null, "condamnation", 100),
                        amount("863.56", "863,56 euros", null, "demande", 255)))
        );
    }

    @ParameterizedTest
    @MethodSource("passages")
    void extractsEverySumWithItsRole(RulingText passage, List<Amount> expected) {
        assertEquals(expected, extractor.extract(passage));
    }

    private static Arguments row(String passage, List<Amount> expected) {
        return Arguments.of(RulingText.of(passage), expected);
    }

    /** A passage cut from the court's reasons, where the zone segmenter cannot see the ruling's headings. */
    private static Arguments rowInMotivation(String passage, List<Amount> expected) {
        Zones motivation = new Zones(null, null, new Span(0, passage.length()), null);
        return Arguments.of(new RulingText(passage, TextCleaner.clean(passage), motivation, Map.of()), expected);
    }

    private static Amount amount(String value, String text, String tax, String category, int start) {
        return new Amount(new BigDecimal(value), "EUR", text, tax, category, start, start + text.length());
    }
}
