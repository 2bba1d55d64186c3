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
    /** How far before a sum a fact noun makes it the measure of that fact ("la mise à prix, fixée par X à"). */
    private static final int FACT_BEFORE_SUM = 70;
    /** How far after a sum its purpose is read ("la somme de 3 000 euros à la société X au titre de l'article 700"). */
    private static final int PURPOSE_AFTER = 200;

    /** The purpose named after a sum, and where its words end. */
    private record Purpose(Kind kind, int end) {
        enum Kind { ARTICLE_700, DEPENS, OWN, NONE }
    }

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
        int start = sums.get(i).start();
        if (finds(AmountRules.RESTITUTION, clause.start(), start)) {
            return null;
        }
        Purpose own = purposeAfter(i, clause);
        if (own.kind() == Purpose.Kind.ARTICLE_700 || own.kind() == Purpose.Kind.DEPENS) {
            return name(own.kind());
        }
        if (own.kind() == Purpose.Kind.OWN) {
            return null;
        }
        int leadStart = leadStart(i, clause);
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

    /**
     * Where the words that may name a sum's purpose before it begin: its clause, after the purpose of
     * an earlier sum of the clause and after the last new head ("..., en ce qu'il condamne").
     */
    private int leadStart(int i, Span clause) {
        int lead = clause.start();
        for (int j = i - 1; j >= 0 && clauses.around(sums.get(j).start()).equals(clause); j--) {
            Purpose earlier = purposeAfter(j, clause);
            if (earlier.kind() != Purpose.Kind.NONE) {
                lead = earlier.end();
                break;
            }
        }
        Matcher head = AmountRules.NEXT_HEAD.matcher(text).region(lead, sums.get(i).start());
        while (head.find()) {
            lead = head.end();
        }
        return lead;
    }

    /** The first purpose written between a sum and the next sum, a new head or the end of its clause. */
    private Purpose purposeAfter(int i, Span clause) {
        int from = sums.get(i).end();
        int to = Math.min(from + PURPOSE_AFTER, clause.end());
        if (i + 1 < sums.size()) {
            to = Math.min(to, sums.get(i + 1).start());
        }
        Matcher head = AmountRules.NEXT_HEAD.matcher(text).region(from, Math.max(from, to));
        to = Math.max(from, head.find() ? head.start() : to);
        Matcher m = AmountRules.PURPOSE_AFTER.matcher(text).region(from, to).useTransparentBounds(true);
        if (!m.find()) {
            return new Purpose(Purpose.Kind.NONE, from);
        }
        Purpose.Kind kind = m.group("a700") != null ? Purpose.Kind.ARTICLE_700
                : m.group("costs") != null ? Purpose.Kind.DEPENS : Purpose.Kind.OWN;
        return new Purpose(kind, m.end());
    }

    /** "X euros et à la société Y la somme de Z euros au titre de...": the two sums share one purpose. */
    private boolean pairedWithNext(int i, Span clause) {
        MoneyFinder.Money next = sums.get(i + 1);
        return next.start() < clause.end() && finds(AmountRules.PAIRED, sums.get(i).end(), next.start());
    }

    private static String name(Purpose.Kind kind) {
        return kind == Purpose.Kind.ARTICLE_700 ? ARTICLE_700 : DEPENS;
    }

    // ---- condamnation, demande, autre -----------------------------------------------------------

    private String speaker(MoneyFinder.Money sum, Span clause) {
        if (finds(AmountRules.FACT, Math.max(clause.start(), sum.start() - FACT_BEFORE_SUM), sum.start())) {
            return AUTRE;
        }
        Cue cue = lastCue(clause.start(), sum.start());
        if ((cue == null || cue.kind().equals("weak")) && readsOnFromHeading(clause, sum.start())) {
            Span heading = clauses.heading(clause);
            for (int up = 0; heading != null && up < HEADINGS_UP; up++) {
                Cue inherited = lastCue(heading.start(), heading.end());
                if (inherited != null && !inherited.kind().equals("weak")) {
                    return meaning(inherited, heading.start());
                }
                heading = clauses.heading(heading);
            }
        }
        if (cue != null) {
            return meaning(cue, clause.start());
        }
        if (assessesDamage(clause, sum.start())) {
            return CONDAMNATION;
        }
        return zones.dispositif() != null && zones.dispositif().contains(sum.start()) ? CONDAMNATION : AUTRE;
    }

    /** What a cue makes of the sum. An infinitive ("condamner") is a party's request unless the court speaks ("il convient de") before it. */
    private String meaning(Cue cue, int clauseStart) {
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

    /**
     * The court's reasons valuing a head of damage ("le préjudice esthétique temporaire pour un montant
     * de", a list under "ce poste de préjudice peut être évalué comme suit :"): the court grants the sum.
     */
    private boolean assessesDamage(Span clause, int sumStart) {
        if (zones.motivation() == null || !zones.motivation().contains(sumStart)) {
            return false;
        }
        Span heading = readsOnFromHeading(clause, sumStart) ? clauses.heading(clause) : null;
        return finds(AmountRules.DAMAGE_VALUED, clause.start(), sumStart)
                || heading != null && finds(AmountRules.DAMAGE, heading.start(), heading.end());
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
