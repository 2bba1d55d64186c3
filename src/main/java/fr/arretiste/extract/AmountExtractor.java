package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;

import fr.arretiste.ruling.Amount;

/**
 * Every sum of money of a ruling, one item per mention in order of appearance, with its value,
 * currency, tax mention, category (GUIDELINES.md, "Amounts") and offsets. Sums are found in the
 * cleaned text; their {@code text} is cut from the original, at the same offsets.
 */
public final class AmountExtractor {
    public List<Amount> extract(RulingText ruling) {
        List<MoneyFinder.Money> sums = MoneyFinder.find(ruling.text());
        if (sums.isEmpty()) {
            return List.of(); // no clauses to cut
        }
        AmountCategorizer categorizer = new AmountCategorizer(ruling.text(), ruling.zones(), sums);
        List<Amount> out = new ArrayList<>(sums.size());
        for (int i = 0; i < sums.size(); i++) {
            MoneyFinder.Money m = sums.get(i);
            out.add(new Amount(m.value(), m.currency(), ruling.original().substring(m.start(), m.end()), m.tax(),
                    categorizer.category(i), m.start(), m.end()));
        }
        return out;
    }
}
