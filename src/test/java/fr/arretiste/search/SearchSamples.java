package fr.arretiste.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.arretiste.index.RulingIndex;
import fr.arretiste.index.SampleRulings;
import fr.arretiste.index.SampleRulings.Sample;
import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.CitedArticle;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.Judge;
import fr.arretiste.ruling.Lawyer;
import fr.arretiste.ruling.LowerCourt;
import fr.arretiste.ruling.Outcome;
import fr.arretiste.ruling.Party;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * An index for the search services and the web page: the three {@link SampleRulings} (Douai with
 * the spans of its sums and citations in its text, and its dispositif zone), two more real
 * dispositifs so that words shared by a few rulings stand out from words all of them use, and a
 * ruling whose text and names carry markup, which must always be shown as text. Built by hand,
 * not extracted.
 */
public final class SearchSamples {
    public static final String DOUAI = SampleRulings.DOUAI;
    public static final String DIJON = SampleRulings.DIJON;
    public static final String CASSATION = SampleRulings.CASSATION;
    public static final String LYON = "ca-lyon-2024-10-22-22-01622";
    public static final String GRENOBLE = "ca-grenoble-2024-10-22-23-00189";
    public static final String MARKUP = "ca-paris-2024-05-02-24-00001";
    /** What the markup ruling's script would do if it ran: the browser tests look for it. */
    public static final String SCRIPT = "<script>document.title='pwned'</script>";
    public static final String IMAGE = "<img src=x onerror=\"document.title='pwned'\">";

    private SearchSamples() {
    }

    public static List<Sample> all() {
        return List.of(douai(), SampleRulings.dijon(), SampleRulings.cassation(), lyon(), grenoble(), markup());
    }

    public static void index(Path dir) throws IOException {
        try (RulingIndex index = RulingIndex.open(dir)) {
            for (Sample sample : all()) {
                index.upsert(sample.ruling(), sample.text());
            }
        }
    }

    /** The Douai sample; its sum granted and its citation of article 700 located in its text, which is its dispositif. */
    public static Sample douai() {
        Sample sample = SampleRulings.douai();
        String text = sample.text();
        Ruling r = sample.ruling();
        List<Amount> amounts = new ArrayList<>(r.amounts());
        amounts.set(1, amount(text, "37 343,63 euros", "37343.63", "TTC", "condamnation"));
        List<CitedArticle> citations = new ArrayList<>(r.citations());
        citations.set(0, citation(text, "l’article 700 du code de procédure civile", "700", "code de procédure civile"));
        return new Sample(new Ruling(r.id(), r.source(), r.sha256(), r.mediaType(), r.court(), r.chamber(), r.date(),
                r.decisionType(), r.caseNumbers(),
                List.of(new LowerCourt("tribunal de commerce", "Lille Métropole", "2021-02-09", "2020001314")),
                r.parties(), r.judges(), r.clerk(), amounts, citations, r.outcome(), dispositif(text)), text);
    }

    /** truth/ca-lyon-2024-10-22-22-01622.json; text: its dispositif (rulings/ca-lyon-2024-10-22-22-01622.txt). */
    public static Sample lyon() {
        String text = """
                PAR CES MOTIFS :
                La cour,
                Infirme le jugement entrepris, sauf en ses dispositions relatives aux dépens,
                Statuant à nouveau dans cette limite et y ajoutant,
                Rejette l'ensemble des demandes de M. [F], y compris sa demande de dommages et intérêts,
                Dit n'y avoir lieu de statuer spécialement sur la demande de la caisse d'assurance vieillesse des \
                officiers ministériels en restitution des sommes versées à M. [F],
                Vu l'article 700 du code de procédure civile, condamne M. [F] à payer à la caisse d'assurance \
                vieillesse des officiers ministériels la somme de 1 800 euros pour les frais engagés tant en \
                première instance qu'en cause d'appel,
                Condamne M. [F] aux dépens d'appel.
                """;
        return new Sample(ruling(LYON, new Court("cour_appel", "Cour d'appel de Lyon", "Lyon"), "CHAMBRE SOCIALE D (PS)",
                List.of(new CaseNumber("rg", "22/01622")),
                List.of(new Party("CAISSE D'ASSURANCE VIEILLESSE DES OFFCIERS MINISTERIELS, PUBLICS COMPAGNIE "
                                + "JUDICIAIRE (CAVOM)", null, "personne_morale", "appelant",
                                List.of(new Lawyer("Laurent MARQUET DE VASSELOT", "Hauts-de-Seine"))),
                        new Party("[F]", null, "personne_physique", "intime", List.of())),
                List.of(new Judge("Delphine LAVERGNE-PILLOT", "président")),
                List.of(amount(text, "1 800 euros", "1800", null, "article_700")),
                List.of(citation(text, "l'article 700 du code de procédure civile", "700", "code de procédure civile")),
                "infirmation", text), text);
    }

    /** truth/ca-grenoble-2024-10-22-23-00189.json; text: its dispositif (rulings/ca-grenoble-2024-10-22-23-00189.txt). */
    public static Sample grenoble() {
        String text = """
                PAR CES MOTIFS
                La cour, statuant publiquement, dans les limites de l'appel, par arrêt contradictoire,
                Confirme le jugement déféré,
                Ajoutant,
                Déboute M. [L] [J] de sa demande de délais de paiement,
                Dit n'y avoir lieu à application des dispositions de l'article 700 du code de procédure civile en appel,
                Condamne M. [L] [J] aux dépens d'appel avec recouvrement conformément aux dispositions de \
                l'article 699 du code de procédure civile.
                """;
        return new Sample(ruling(GRENOBLE, new Court("cour_appel", "Cour d'appel de Grenoble", "Grenoble"), "1ere Chambre",
                List.of(new CaseNumber("rg", "23/00189")),
                List.of(new Party("LYONNAISE DE BANQUE", "SA", "personne_morale", "intime", List.of()),
                        new Party("[L] [J]", null, "personne_physique", "appelant", List.of())),
                List.of(new Judge("Catherine CLERC", "président")), List.of(),
                List.of(citation(text, "l'article 700 du code de procédure civile", "700", "code de procédure civile"),
                        citation(text, "l'article 699 du code de procédure civile", "699", "code de procédure civile")),
                "confirmation", text), text);
    }

    /** Not a real ruling: markup in its text and in a party's name, as a hostile or a badly converted document could have. */
    public static Sample markup() {
        String text = "PAR CES MOTIFS\nLa cour,\nCondamne la société " + SCRIPT + " aux dépens, " + IMAGE
                + " et à payer la somme de 2 500 euros au titre de l'article 700 du code de procédure civile.\n";
        return new Sample(ruling(MARKUP, new Court("cour_appel", "Cour d'appel de Paris", "Paris"), "Pôle 5 chambre 1",
                List.of(new CaseNumber("rg", "24/00001")),
                List.of(new Party(IMAGE, "SAS", "personne_morale", "intime", List.of(new Lawyer(SCRIPT, "Paris")))),
                List.of(), List.of(amount(text, "2 500 euros", "2500", null, "article_700")),
                List.of(citation(text, "l'article 700 du code de procédure civile", "700", "code de procédure civile")),
                "confirmation", text), text);
    }

    private static Ruling ruling(String id, Court court, String chamber, List<CaseNumber> numbers, List<Party> parties,
            List<Judge> judges, List<Amount> amounts, List<CitedArticle> citations, String solution, String text) {
        String date = id.substring(id.indexOf('-', 3) + 1, id.indexOf('-', 3) + 11);
        return new Ruling(id, id + ".txt", "0".repeat(64), "text/plain", court, chamber, date, "arret", numbers,
                List.of(), parties, judges, null, amounts, citations, new Outcome(solution, null), dispositif(text));
    }

    /** The text from "PAR CES MOTIFS" on is the dispositif. */
    private static Zones dispositif(String text) {
        return new Zones(null, null, null, new Span(text.indexOf("PAR CES MOTIFS"), text.length()));
    }

    private static Amount amount(String text, String written, String value, String tax, String category) {
        int start = text.indexOf(written);
        return new Amount(new BigDecimal(value), "EUR", written, tax, category, start, start + written.length());
    }

    private static CitedArticle citation(String text, String written, String article, String source) {
        int start = text.indexOf(written);
        return new CitedArticle(article, source, "code", written, start, start + written.length());
    }
}
