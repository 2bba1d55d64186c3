package fr.arretiste.extract;

import static fr.arretiste.extract.AmountCategorizer.ARTICLE_700;
import static fr.arretiste.extract.AmountCategorizer.DEPENS;

import java.util.List;
import java.util.regex.Matcher;

import fr.arretiste.ruling.Span;

/**
 * Whether a sum is irrecoverable costs (article_700) or costs (depens), from the purpose written
 * right after it ("au titre de l'article 700", "en frais de greffe"), else earlier in its clause
 * ("En application de l'article 700, condamne..."), else in the sentence before ("à ce titre"), else
 * after the next sum it is paired with ("la somme de 2 500 euros et à la société X la somme de
 * 1 500 euros au titre des frais irrépétibles"). A sum claimed back ("restitution des sommes versées...
 * dont 1 500 euros au titre de l'article 700") is neither: its role is the restitution.
 */
final class SumPurpose {
    /** How far after a sum its purpose is read ("la somme de 3 000 euros à la société X au titre de l'article 700"). */
    private static final int PURPOSE_AFTER = 200;

    /** The purpose named after a sum, and where its words end. */
    private record Purpose(Kind kind, int end) {
        enum Kind { ARTICLE_700, DEPENS, OWN, NONE }
    }

    private final Clauses clauses;
    private final List<MoneyFinder.Money> sums;
    /** purposes[i]: the purpose after the i-th sum, once read (each later sum of its clause reads it again). */
    private final Purpose[] purposes;

    SumPurpose(Clauses clauses, List<MoneyFinder.Money> sums) {
        this.clauses = clauses;
        this.sums = sums;
        this.purposes = new Purpose[sums.size()];
    }

    /** article_700, depens, or null when the sum is neither. */
    String costs(int i, Span clause) {
        int start = sums.get(i).start();
        if (clauses.finds(AmountRules.RESTITUTION, clause.start(), start)) {
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
        if (clauses.finds(AmountRules.ARTICLE_700, leadStart, start)) {
            return ARTICLE_700;
        }
        if (clauses.finds(AmountRules.DEPENS_BEFORE, leadStart, start)) {
            return DEPENS;
        }
        if (clauses.finds(AmountRules.THIS_PURPOSE, clause.start(), clause.end())) {
            Span previous = clauses.before(clause);
            if (previous != null && clauses.finds(AmountRules.ARTICLE_700, previous.start(), previous.end())) {
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
        Matcher head = clauses.matcher(AmountRules.NEXT_HEAD, lead, sums.get(i).start());
        while (head.find()) {
            lead = head.end();
        }
        return lead;
    }

    /** The first purpose written between a sum and the next sum, a new head or the end of its clause. */
    private Purpose purposeAfter(int i, Span clause) {
        if (purposes[i] == null) {
            purposes[i] = readPurposeAfter(i, clause);
        }
        return purposes[i];
    }

    private Purpose readPurposeAfter(int i, Span clause) {
        int from = sums.get(i).end();
        int to = Math.min(from + PURPOSE_AFTER, clause.end());
        if (i + 1 < sums.size()) {
            to = Math.min(to, sums.get(i + 1).start());
        }
        Matcher head = clauses.matcher(AmountRules.NEXT_HEAD, from, to);
        to = Math.max(from, head.find() ? head.start() : to);
        Matcher m = clauses.matcher(AmountRules.PURPOSE_AFTER, from, to);
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
        return next.start() < clause.end() && clauses.finds(AmountRules.PAIRED, sums.get(i).end(), next.start());
    }

    private static String name(Purpose.Kind kind) {
        return kind == Purpose.Kind.ARTICLE_700 ? ARTICLE_700 : DEPENS;
    }
}
