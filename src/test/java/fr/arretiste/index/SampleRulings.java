package fr.arretiste.index;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.CitedArticle;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.Judge;
import fr.arretiste.ruling.Lawyer;
import fr.arretiste.ruling.Outcome;
import fr.arretiste.ruling.Party;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.Zones;

/**
 * Three real rulings of the shared data, built by hand from their gold annotation or court
 * metadata (not extracted, so that index tests do not depend on the extractors), each with an
 * excerpt of its real text.
 */
public final class SampleRulings {
    /** A ruling and the full text indexed with it. */
    public record Sample(Ruling ruling, String text) {
    }

    public static final String DOUAI = "ca-douai-2022-12-08-21-01153";
    public static final String DIJON = "ca-dijon-2024-10-22-24-00403";
    public static final String CASSATION = "cass-2024-10-23-23-86670";

    private SampleRulings() {
    }

    public static List<Sample> all() {
        return List.of(douai(), dijon(), cassation());
    }

    /** Writes every sample into a new index in {@code dir}. */
    public static void index(Path dir) throws IOException {
        try (RulingIndex index = RulingIndex.open(dir)) {
            for (Sample sample : all()) {
                index.upsert(sample.ruling(), sample.text());
            }
        }
    }

    /** gold/ca-douai-2022-12-08-21-01153.json; text: its dispositif. */
    public static Sample douai() {
        Ruling ruling = ruling(DOUAI, new Court("cour_appel", "Cour d'appel de Douai", "Douai"),
                "Chambre 2 Section 1", "2022-12-08",
                List.of(new CaseNumber("rg", "21/01153"), new CaseNumber("portalis", "DBVT-V-B7F-TPDX")),
                List.of(new Party("D2L Informatique", "SAS", "personne_morale", "appelant",
                                List.of(new Lawyer("Martine Vandenbussche", "Lille"))),
                        new Party("Pictime Groupe", "SAS", "personne_morale", "intime",
                                List.of(new Lawyer("Anne-Sophie Poggi", "Paris")))),
                List.of(new Judge("Dominique Gilles", "président de chambre")),
                List.of(euros("17370", "demande"), euros("37343.63", "condamnation"), euros("5000", "article_700"),
                        euros("73.24", "depens")),
                List.of(article("700", "code de procédure civile"), article("L1111-8", "code de la santé publique")),
                "infirmation_partielle");
        return new Sample(ruling, """
                PAR CES MOTIFS
                La cour,
                Réforme le jugement en ce qu’il a condamné la SAS D2L informatique à payer à la SAS Pictime groupe \
                la somme de 37 343,63 euros TTC en paiement de la facture FA18060199, en ce qu’il a dit le maintien \
                possible du contrat d’hébergement de données de santé suite à l’entrée en vigueur de la réforme de \
                l’hébergement de données de santé le 1er avril 2018 et en ce qu’il a statué sur les dépens et \
                l’article 700 du code de procédure civile ;
                Confirme le jugement pour le surplus ;
                Condamne la SAS D2L informatique aux dépens ;
                Dit n’y avoir lieu à application des dispositions de l’article 700 du code de procédure civile ;
                """);
    }

    /** gold/ca-dijon-2024-10-22-24-00403.json; text: a claim and the dispositif. */
    public static Sample dijon() {
        Ruling ruling = ruling(DIJON, new Court("cour_appel", "Cour d'appel de Dijon", "Dijon"),
                "1ère chambre civile", "2024-10-22",
                List.of(new CaseNumber("rg", "24/00403"), new CaseNumber("portalis", "DBVF-V-B7I-GMK7")),
                List.of(new Party("[O] [W]", null, "personne_physique", "appelant",
                                List.of(new Lawyer("Frédérique FOVEAU", "Chalon-sur-Saone"))),
                        new Party("MAAF ASSURANCES", "SA", "personne_morale", "intime",
                                List.of(new Lawyer("Jean-Hugues CHAUMARD", "Dijon")))),
                List.of(new Judge("Viviane CAULLIREAU-FOREL", "président de chambre")),
                List.of(euros("59670.88", "demande"), euros("10000", "demande"), euros("3000", "article_700"),
                        euros("1500", "article_700")),
                List.of(article("700", "code de procédure civile"), article("L114-1", "code des assurances")),
                "confirmation");
        return new Sample(ruling, """
                - condamner la MAAF aux dépens et à lui verser la somme de 3 000 euros sur le fondement de \
                l'article 700 du code de procédure civile.
                PAR CES MOTIFS,
                La cour,
                Confirme l'ordonnance dont appel en toutes ses dispositions,
                Y ajoutant,
                Condamne M. [O] [W] aux dépens d'appel,
                Dit n'y avoir lieu à application des dispositions de l'article 700 du code de procédure civile.
                """);
    }

    /** truth/cass-2024-10-23-23-86670.json; text: the reasons' opening and the dispositif. */
    public static Sample cassation() {
        Ruling ruling = ruling(CASSATION, new Court("cour_cassation", "Cour de cassation", "Paris"),
                "Chambre criminelle", "2024-10-23", List.of(new CaseNumber("pourvoi", "23-86.670")),
                List.of(new Party("[W] [I]", null, "personne_physique", "demandeur_pourvoi", List.of())),
                List.of(), List.of(), List.of(article("706-136", "code de procédure pénale")), "rejet");
        return new Sample(ruling, """
                8. Pour prononcer à l'encontre du demandeur l'interdiction de paraître sur la commune de \
                Campénéac pour une durée de cinq ans, l'arrêt attaqué relève que ladite commune constitue le lieu \
                des faits, celui du domicile de la victime et de sa famille ainsi que de M. [I], de son épouse à la \
                retraite et de son fils.
                PAR CES MOTIFS, la Cour :
                REJETTE le pourvoi.
                """);
    }

    private static Ruling ruling(String id, Court court, String chamber, String date, List<CaseNumber> numbers,
            List<Party> parties, List<Judge> judges, List<Amount> amounts, List<CitedArticle> citations,
            String solution) {
        return new Ruling(id, id + ".txt", "0".repeat(64), "text/plain", court, chamber, date, "arret", numbers,
                List.of(), parties, judges, null, amounts, citations, new Outcome(solution, null), Zones.NONE);
    }

    private static Amount euros(String value, String category) {
        return new Amount(new BigDecimal(value), "EUR", value + " euros", null, category, 0, 0);
    }

    private static CitedArticle article(String article, String source) {
        return new CitedArticle(article, source, "code", "article " + article + " du " + source, 0, 0);
    }
}
