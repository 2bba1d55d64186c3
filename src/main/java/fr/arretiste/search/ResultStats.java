package fr.arretiste.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a result set says as a whole: how many rulings; per court (most rulings first) and per year
 * (oldest first), how many rulings of each outcome; the sums granted under article 700.
 */
public record ResultStats(long rulings, Map<String, Map<String, Integer>> outcomesByCourt,
        Map<String, Map<String, Integer>> outcomesByYear, GrantedSums article700) {

    /** The label of a ruling without court, year or outcome. */
    public static final String NONE = "none";

    /**
     * Sums granted in euros, one per mention, read from {@code rulingsRead} rulings (all of them
     * unless the result set is very large): how many, their range, median and mean, and how many
     * fall in each bucket.
     */
    public record GrantedSums(int rulingsRead, int sums, BigDecimal min, BigDecimal median, BigDecimal mean,
            BigDecimal max, List<Bucket> distribution) {
    }

    /** Sums from {@code from} included to {@code to} excluded (null: no upper end). */
    public record Bucket(BigDecimal from, BigDecimal to, int count) {
    }
}
