package fr.arretiste.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.CitedArticle;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.search.Comparison.Column;
import fr.arretiste.search.Comparison.Provision;

/** Puts rulings side by side ({@link Comparison}); plain data, no index. */
public final class RulingComparison {
    private RulingComparison() {
    }

    public static Comparison of(List<Ruling> rulings) {
        List<Column> columns = rulings.stream().map(RulingComparison::column).toList();
        return new Comparison(columns, provisions(rulings));
    }

    private static Column column(Ruling r) {
        List<Amount> claimed = amounts(r, AmountRoles::claimed);
        List<Amount> granted = amounts(r, amount -> AmountRoles.granted(r, amount));
        return new Column(r.id(), r.court(), r.chamber(), r.date(), r.decisionType(), each(r.caseNumbers()),
                each(r.lowerCourt()), r.outcome() == null ? null : r.outcome().solution(), each(r.parties()),
                claimed, total(claimed), granted, total(granted));
    }

    /**
     * The mentions of sums in this role, each sum once (its first mention): a claim recalled in the
     * exposé and again in the reasons is one claim.
     */
    private static List<Amount> amounts(Ruling r, Predicate<Amount> role) {
        Map<String, Amount> distinct = new LinkedHashMap<>();
        each(r.amounts()).stream().filter(role).filter(a -> a.value() != null)
                .forEach(a -> distinct.putIfAbsent(a.category() + " " + a.value().stripTrailingZeros(), a));
        return List.copyOf(distinct.values());
    }

    /** The total in euros; sums in other currencies are listed but not added. */
    private static BigDecimal total(List<Amount> amounts) {
        return amounts.stream().filter(AmountRoles::inEuros).map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every provision cited, those cited by all first, then by most rulings, each in the order first met. */
    private static List<Provision> provisions(List<Ruling> rulings) {
        Map<String, CitedArticle> first = new LinkedHashMap<>();
        Map<String, List<String>> citedBy = new LinkedHashMap<>();
        for (Ruling r : rulings) {
            for (CitedArticle c : each(r.citations())) {
                if (!Provisions.named(c)) {
                    continue;
                }
                String key = Provisions.key(c);
                first.putIfAbsent(key, c);
                List<String> ids = citedBy.computeIfAbsent(key, k -> new ArrayList<>());
                if (!ids.contains(r.id())) {
                    ids.add(r.id());
                }
            }
        }
        List<Provision> provisions = new ArrayList<>();
        citedBy.forEach((key, ids) -> provisions.add(new Provision(first.get(key).article(), first.get(key).source(),
                List.copyOf(ids), ids.size() == rulings.size())));
        provisions.sort(Comparator.comparingInt((Provision p) -> p.citedBy().size()).reversed());
        return provisions;
    }

    private static <T> List<T> each(List<T> list) {
        return list == null ? List.of() : list;
    }
}
