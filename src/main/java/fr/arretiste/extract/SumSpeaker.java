package fr.arretiste.extract;

import static fr.arretiste.extract.AmountCategorizer.CONDAMNATION;
import static fr.arretiste.extract.AmountCategorizer.DEMANDE;
import static fr.arretiste.extract.AmountCategorizer.AUTRE;

import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * Who speaks of a sum that is not costs: the nearest cue before it in its clause says whether a
 * court orders it (condamnation) or a party claims it, or the court refuses the claim (demande); an
 * item of a list without a cue of its own reads its cue from the list's heading ("condamné X à payer
 * les sommes suivantes :"); a sum that measures a fact (a price, a capital) is autre. Without any cue,
 * a sum in the dispositif is ordered, a head of damage valued in the reasons is granted, and any other
 * sum is a fact (autre).
 */
final class SumSpeaker {
    /** How many list headings up an item may look for its cue ("à titre principal :" sits between). */
    private static final int HEADINGS_UP = 3;
    /** How far before a sum a fact noun makes it the measure of that fact ("la mise à prix, fixée par X à"). */
    private static final int FACT_BEFORE_SUM = 70;

    private enum Kind { GRANT, CLAIM, INFINITIVE, WEAK }

    private record Cue(Kind kind, int start) {
    }

    private final Zones zones;
    private final Clauses clauses;

    SumSpeaker(Zones zones, Clauses clauses) {
        this.zones = zones;
        this.clauses = clauses;
    }

    /** condamnation, demande or autre. */
    String of(MoneyFinder.Money sum, Span clause) {
        if (clauses.finds(AmountRules.FACT, Math.max(clause.start(), sum.start() - FACT_BEFORE_SUM), sum.start())) {
            return AUTRE;
        }
        Cue cue = lastCue(clause.start(), sum.start());
        if ((cue == null || cue.kind() == Kind.WEAK) && readsOnFromHeading(clause, sum.start())) {
            Span heading = clauses.heading(clause);
            for (int up = 0; heading != null && up < HEADINGS_UP; up++) {
                Cue inherited = lastCue(heading.start(), heading.end());
                if (inherited != null && inherited.kind() != Kind.WEAK) {
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
        boolean ordered = zones.dispositif() != null && zones.dispositif().contains(sum.start());
        return ordered ? CONDAMNATION : AUTRE;
    }

    /** What a cue makes of the sum: an infinitive ("condamner") is a party's request unless the court speaks before it ("il convient de"). */
    private String meaning(Cue cue, int clauseStart) {
        return switch (cue.kind()) {
            case CLAIM -> DEMANDE;
            case INFINITIVE -> clauses.finds(AmountRules.COURT_MODAL, clauseStart, cue.start())
                    ? CONDAMNATION : DEMANDE;
            case GRANT, WEAK -> CONDAMNATION;
        };
    }

    /** The strong cue ending last in [from, to), or the weak one if there is no strong one. */
    private Cue lastCue(int from, int to) {
        Cue[] strongThenWeak = new Cue[2];
        clauses.forEachMatch(AmountRules.CUE, from, to, m -> {
            Kind kind = m.group("grant") != null ? Kind.GRANT : m.group("claim") != null ? Kind.CLAIM
                    : m.group("infinitive") != null ? Kind.INFINITIVE : Kind.WEAK;
            strongThenWeak[kind == Kind.WEAK ? 1 : 0] = new Cue(kind, m.start());
        });
        return strongThenWeak[0] != null ? strongThenWeak[0] : strongThenWeak[1];
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
        return clauses.finds(AmountRules.DAMAGE_VALUED, clause.start(), sumStart)
                || heading != null && clauses.finds(AmountRules.DAMAGE, heading.start(), heading.end());
    }

    /** A clause at the start of a line that begins like a list item and has no verb of its own before the sum. */
    private boolean readsOnFromHeading(Span clause, int sumStart) {
        return clauses.opensLine(clause)
                && clauses.matcher(AmountRules.CONTINUES_HEADING, clause.start(), clause.end()).lookingAt()
                && !clauses.finds(AmountRules.VERB_LED, clause.start(), sumStart);
    }
}
