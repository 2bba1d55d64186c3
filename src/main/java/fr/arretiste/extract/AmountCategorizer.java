package fr.arretiste.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * The category of each sum of a ruling (GUIDELINES.md, "Amounts"), from its clause:
 * <ol>
 * <li>its purpose: words right after it ("au titre de l'article 700", "en frais de greffe"), else
 * earlier in its clause ("En application de l'article 700, condamne..."), else those of the next sum
 * it is paired with ("la somme de 2 500 euros et à la société X la somme de 1 500 euros au titre des
 * frais irrépétibles") give article_700 or depens;</li>
 * <li>otherwise the nearest cue before it says who speaks: a court orders (condamnation), a party
 * claims or the court refuses a claim (demande); an item of a list without a cue of its own reads
 * its cue from the list's heading ("condamné X à payer les sommes suivantes :");</li>
 * <li>without any cue, a sum in the dispositif is ordered, elsewhere it is a fact (autre).</li>
 * </ol>
 */
final class AmountCategorizer {
    static final String ARTICLE_700 = "article_700";
    static final String DEPENS = "depens";
    static final String CONDAMNATION = "condamnation";
    static final String DEMANDE = "demande";
    static final String AUTRE = "autre";

    /** How many list headings up an item may look for its cue ("à titre principal :" sits between). */
    private static final int HEADINGS_UP = 3;
    /** How far before a court verb a fact noun makes it another author's ("un loyer fixé à"). */
    private static final int FACT_BEFORE_CUE = 40;
    /** How far before a sum a fact noun makes it the measure of that fact ("la mise à prix, fixée par X à"). */
    private static final int FACT_BEFORE_SUM = 60;
    /** How far after a sum its purpose is read ("la somme de 3 000 euros à la société X au titre de l'article 700"). */
    private static final int PURPOSE_AFTER = 100;

    private enum Purpose { ARTICLE_700, DEPENS, OWN, NONE }

    private record Cue(String kind, int start, int end, String word) {
    }

    private final String text;
    private final Zones zones;
    private final Clauses clauses;
    private final List<MoneyFinder.Money> sums;

    AmountCategorizer(String text, Zones zones, List<MoneyFinder.Money> sums) {
        this.text = text;
        this.zones = zones;
        this.clauses = new Clauses(text);
        this.sums = sums;
    }

    String category(int i) {
        MoneyFinder.Money sum = sums.get(i);
        Span clause = clauses.around(sum.start());
        String cost = costs(i, clause);
        return cost != null ? cost : speaker(sum, clause);
    }

    // ---- article_700 and depens -------------------------------------------------------------------

    private String costs(int i, Span clause) {
        if (finds(AmountRules.RESTITUTION, clause.start(), sums.get(i).start())) {
            return null;
        }
        Purpose own = purposeAfter(i, clause);
        if (own == Purpose.ARTICLE_700 || own == Purpose.DEPENS) {
            return name(own);
        }
        if (own == Purpose.OWN) {
            return null;
        }
        int leadStart = clause.start();
        for (int j = i - 1; j >= 0 && clauses.around(sums.get(j).start()).equals(clause); j--) {
            if (purposeAfter(j, clause) != Purpose.NONE) {
                leadStart = sums.get(j + 1).start();
                break;
            }
        }
        int start = sums.get(i).start();
        if (finds(AmountRules.ARTICLE_700, leadStart, start)) {
            return ARTICLE_700;
        }
        if (finds(AmountRules.DEPENS_BEFORE, leadStart, start)) {
            return DEPENS;
        }
        if (finds(AmountRules.THIS_PURPOSE, clause.start(), clause.end())) {
            Span previous = clauses.before(clause);
            if (previous != null && finds(AmountRules.ARTICLE_700, previous.start(), previous.end())) {
                return ARTICLE_700;
            }
        }
        if (i + 1 < sums.size() && pairedWithNext(i, clause)) {
            return costs(i + 1, clause);
        }
        return null;
    }

    /** The purpose written between a sum and the next sum or the end of its clause. */
    private Purpose purposeAfter(int i, Span clause) {
        int from = sums.get(i).end();
        int to = Math.min(from + PURPOSE_AFTER, clause.end());
        if (i + 1 < sums.size()) {
            to = Math.min(to, sums.get(i + 1).start());
        }
        Matcher head = AmountRules.NEXT_HEAD.matcher(text).region(from, Math.max(from, to));
        to = Math.max(from, head.find() ? head.start() : to);
        if (finds(AmountRules.ARTICLE_700, from, to)) {
            return Purpose.ARTICLE_700;
        }
        if (finds(AmountRules.DEPENS_AFTER, from, to)) {
            return Purpose.DEPENS;
        }
        return finds(AmountRules.OWN_PURPOSE, from, to) ? Purpose.OWN : Purpose.NONE;
    }

    /** "X euros et à la société Y la somme de Z euros au titre de...": the two sums share one purpose. */
    private boolean pairedWithNext(int i, Span clause) {
        MoneyFinder.Money next = sums.get(i + 1);
        return next.start() < clause.end() && finds(AmountRules.PAIRED, sums.get(i).end(), next.start());
    }

    private static String name(Purpose p) {
        return p == Purpose.ARTICLE_700 ? ARTICLE_700 : DEPENS;
    }

    // ---- condamnation, demande, autre -----------------------------------------------------------

    private String speaker(MoneyFinder.Money sum, Span clause) {
        Cue cue = lastCue(clause.start(), sum.start());
        if ((cue == null || cue.kind().equals("weak")) && readsOnFromHeading(clause, sum.start())) {
            Span heading = clauses.heading(clause);
            for (int up = 0; heading != null && up < HEADINGS_UP; up++) {
                Cue inherited = lastCue(heading.start(), heading.end());
                if (inherited != null && !inherited.kind().equals("weak")) {
                    return meaning(inherited, heading.start(), heading.end());
                }
                heading = clauses.heading(heading);
            }
        }
        if (cue != null) {
            return meaning(cue, clause.start(), sum.start());
        }
        return zones.dispositif() != null && zones.dispositif().contains(sum.start()) ? CONDAMNATION : AUTRE;
    }

    /** What a cue makes of the sum, unless the sum measures a fact named after the cue or, for a verb of any author, just before it. */
    private String meaning(Cue cue, int clauseStart, int sumStart) {
        boolean fact = finds(AmountRules.FACT, Math.max(cue.end(), sumStart - FACT_BEFORE_SUM), sumStart)
                || AmountRules.AMBIGUOUS_GRANT.matcher(cue.word()).lookingAt()
                && finds(AmountRules.FACT, Math.max(clauseStart, cue.start() - FACT_BEFORE_CUE), cue.start());
        if (fact) {
            return AUTRE;
        }
        return switch (cue.kind()) {
            case "claim" -> DEMANDE;
            case "infinitive" -> finds(AmountRules.COURT_MODAL, clauseStart, cue.start()) ? CONDAMNATION : DEMANDE;
            default -> CONDAMNATION;
        };
    }

    /** The strong cue ending last in [from, to), or the weak one if there is no strong one. */
    private Cue lastCue(int from, int to) {
        Matcher m = AmountRules.CUE.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        Cue strong = null;
        Cue weak = null;
        while (m.find()) {
            String kind = m.group("grant") != null ? "grant" : m.group("claim") != null ? "claim"
                    : m.group("infinitive") != null ? "infinitive" : "weak";
            Cue cue = new Cue(kind, m.start(), m.end(), m.group());
            if (kind.equals("weak")) {
                weak = cue;
            } else {
                strong = cue;
            }
        }
        return strong != null ? strong : weak;
    }

    /** A clause at the start of a line that begins like a list item and has no verb of its own before the sum. */
    private boolean readsOnFromHeading(Span clause, int sumStart) {
        int lineStart = text.lastIndexOf('\n', clause.start() - 1) + 1;
        return text.substring(lineStart, clause.start()).isBlank()
                && AmountRules.CONTINUES_HEADING.matcher(text).region(clause.start(), clause.end()).lookingAt()
                && !finds(AmountRules.VERB_LED, clause.start(), sumStart);
    }

    private boolean finds(Pattern p, int from, int to) {
        return from < to && p.matcher(text).region(from, to).useTransparentBounds(true).find();
    }
}
