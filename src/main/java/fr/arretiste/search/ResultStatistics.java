package fr.arretiste.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;

import fr.arretiste.index.RulingFields;
import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.search.ResultStats.Bucket;
import fr.arretiste.search.ResultStats.GrantedSums;

/**
 * Computes {@link ResultStats} in one pass over the matching rulings: court, year and outcome
 * from the facets' doc values (exact, whatever the number of rulings), the sums granted under
 * article 700 from the stored extraction of at most {@link #MAX_RULINGS_READ} of them.
 */
final class ResultStatistics {
    /** Reading a ruling's JSON costs far more than its doc values: a huge result set is sampled by its first rulings. */
    static final int MAX_RULINGS_READ = 10_000;
    /** Bucket bounds in euros, the usual steps of awards under article 700. */
    private static final List<BigDecimal> BOUNDS = List.of(0, 500, 1000, 1500, 2000, 3000, 5000, 10000).stream()
            .map(BigDecimal::valueOf).toList();

    private final StoredFields stored;
    private final Map<String, Map<String, Integer>> byCourt = new HashMap<>();
    private final Map<String, Map<String, Integer>> byYear = new TreeMap<>();
    private final List<BigDecimal> sums = new ArrayList<>();
    private int rulingsRead;
    private long rulings;

    ResultStatistics(StoredFields stored) {
        this.stored = stored;
    }

    ResultStats of(FacetsCollector matching) throws IOException {
        for (FacetsCollector.MatchingDocs leaf : matching.getMatchingDocs()) {
            SortedSetDocValues facets = leaf.context().reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            DocIdSetIterator docs = leaf.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                count(labels(facets, doc));
                if (rulingsRead < MAX_RULINGS_READ) {
                    granted(RulingSearcher.ruling(stored, leaf.context().docBase + doc));
                }
            }
        }
        return new ResultStats(rulings, mostFirst(byCourt), byYear, summary());
    }

    /** The facet labels of a document, by dimension: {@code year → 2022}. */
    private static Map<String, String> labels(SortedSetDocValues facets, int doc) throws IOException {
        Map<String, String> labels = new HashMap<>();
        if (facets != null && facets.advanceExact(doc)) {
            for (int i = 0; i < facets.docValueCount(); i++) {
                String[] path = FacetsConfig.stringToPath(facets.lookupOrd(facets.nextOrd()).utf8ToString());
                if (path.length == 2) {
                    labels.put(path[0], path[1]);
                }
            }
        }
        return labels;
    }

    private void count(Map<String, String> labels) {
        rulings++;
        String outcome = labels.getOrDefault(RulingFields.OUTCOME, ResultStats.NONE);
        add(byCourt, labels.getOrDefault(RulingFields.COURT, ResultStats.NONE), outcome);
        add(byYear, labels.getOrDefault(RulingFields.YEAR, ResultStats.NONE), outcome);
    }

    private static void add(Map<String, Map<String, Integer>> table, String row, String outcome) {
        table.computeIfAbsent(row, r -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }

    private void granted(Ruling ruling) {
        rulingsRead++;
        for (Amount amount : ruling.amounts() == null ? List.<Amount>of() : ruling.amounts()) {
            if (AmountRoles.ARTICLE_700.equals(amount.category()) && AmountRoles.granted(ruling, amount)
                    && AmountRoles.inEuros(amount)) {
                sums.add(amount.value());
            }
        }
    }

    /** Courts with most rulings first. */
    private static Map<String, Map<String, Integer>> mostFirst(Map<String, Map<String, Integer>> table) {
        Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
        table.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Map<String, Integer>> e) -> total(e.getValue()))
                        .reversed().thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static int total(Map<String, Integer> outcomes) {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    private GrantedSums summary() {
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < BOUNDS.size(); i++) {
            BigDecimal from = BOUNDS.get(i);
            BigDecimal to = i + 1 < BOUNDS.size() ? BOUNDS.get(i + 1) : null;
            int count = (int) sums.stream().filter(s -> s.compareTo(from) >= 0 && (to == null || s.compareTo(to) < 0)).count();
            buckets.add(new Bucket(from, to, count));
        }
        if (sums.isEmpty()) {
            return new GrantedSums(rulingsRead, 0, null, null, null, null, buckets);
        }
        List<BigDecimal> sorted = sums.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.TWO, 2, RoundingMode.HALF_EVEN);
        BigDecimal mean = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_EVEN);
        return new GrantedSums(rulingsRead, n, sorted.get(0), median, mean, sorted.get(n - 1), buckets);
    }
}
