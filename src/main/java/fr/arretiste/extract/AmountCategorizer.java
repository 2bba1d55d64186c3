package fr.arretiste.extract;

import java.util.List;

import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * The category of each sum of a ruling (GUIDELINES.md, "Amounts"), read from its clause: its purpose
 * first ({@link SumPurpose}: article_700, depens), else who speaks of it ({@link SumSpeaker}:
 * condamnation, demande, autre).
 */
final class AmountCategorizer {
    static final String ARTICLE_700 = "article_700";
    static final String DEPENS = "depens";
    static final String CONDAMNATION = "condamnation";
    static final String DEMANDE = "demande";
    static final String AUTRE = "autre";

    private final Clauses clauses;
    private final List<MoneyFinder.Money> sums;
    private final SumPurpose purpose;
    private final SumSpeaker speaker;

    AmountCategorizer(String text, Zones zones, List<MoneyFinder.Money> sums) {
        this.clauses = new Clauses(text);
        this.sums = sums;
        this.purpose = new SumPurpose(clauses, sums);
        this.speaker = new SumSpeaker(zones, clauses);
    }

    String category(int i) {
        MoneyFinder.Money sum = sums.get(i);
        Span clause = clauses.around(sum.start());
        String cost = purpose.costs(i, clause);
        return cost != null ? cost : speaker.of(sum, clause);
    }
}
