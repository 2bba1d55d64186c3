package fr.arretiste.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Finds the sums of money in a cleaned text, in order, without overlaps: figures with their currency
 * (after or before them), sums in words, and bare figures that "la somme de" makes sums (in euros).
 */
final class MoneyFinder {
    /** One sum: its value in the currency's unit, ISO currency, TTC/HT/null, and offsets of the figure and currency. */
    record Money(BigDecimal value, String currency, String tax, int start, int end) {
    }

    private MoneyFinder() {
    }

    static List<Money> find(String text) {
        List<Money> found = new ArrayList<>();
        AmountRules.FIGURE_THEN_CURRENCY.in(text).forEachMatch(m -> found.add(figure(text, m)));
        AmountRules.CURRENCY_THEN_FIGURE.in(text).forEachMatch(m -> found.add(figure(text, m)));
        AmountRules.BARE_SUM.in(text).forEachMatch(m -> found.add(figure(text, m)));
        AmountRules.WORDS_THEN_CURRENCY.in(text).forEachMatch(m -> {
            BigDecimal value = BigDecimal.valueOf(FrenchNumberWords.parse(m.group("words")));
            found.add(money(text, value, currency(m.group("cur")), m.start(), m.end()));
        });
        found.removeAll(found.stream().filter(words -> restated(text, words, found)).toList());
        found.sort(Comparator.comparingInt(Money::start).thenComparing(Comparator.comparingInt(Money::end).reversed()));
        List<Money> out = new ArrayList<>();
        for (Money money : found) {
            if (out.isEmpty() || money.start() >= out.getLast().end()) {
                out.add(money);
            }
        }
        return out;
    }

    /** A sum in words written in brackets right after a sum in figures: the same mention, restated. */
    private static boolean restated(String text, Money words, List<Money> found) {
        return Character.isLetter(text.charAt(words.start())) && found.stream().anyMatch(other -> other.end() <= words.start()
                && AmountRules.RESTATED.matcher(text.substring(other.end(), words.start())).matches());
    }

    /**
     * A match of a figure pattern: the mention runs from the figure or the currency, whichever is
     * first, to the last; a pattern without a currency group (the bare sum) gives euros and the figure alone.
     */
    private static Money figure(String text, MatchResult m) {
        boolean bare = !m.namedGroups().containsKey("cur");
        boolean scaled = m.namedGroups().containsKey("scale");
        int figureStart = m.start("sign") >= 0 ? m.start("sign") : m.start("int");
        int figureEnd = m.end("cents") >= 0 ? m.end("cents") : m.end("int");
        String cur = bare ? "€" : m.group("cur");
        BigDecimal value = number(m.group("int"), m.group("cents"), m.group("sign") != null);
        if (scaled && m.group("scale") != null) {
            value = value.multiply(scale(m.group("scale")));
        }
        if (cur.length() == 2 && cur.endsWith("€")) { // k€, M€
            value = value.multiply(Character.toLowerCase(cur.charAt(0)) == 'k' ? BigDecimal.valueOf(1_000)
                    : BigDecimal.valueOf(1_000_000));
        }
        int start = bare ? figureStart : Math.min(figureStart, m.start("cur"));
        int end = bare ? figureEnd : Math.max(figureEnd, m.end("cur"));
        return money(text, value, currency(cur), start, end);
    }

    private static Money money(String text, BigDecimal value, String currency, int start, int end) {
        Matcher tax = AmountRules.TAX.matcher(text).region(end, text.length());
        String taxMention = !tax.lookingAt() ? null : tax.group("ttc") != null ? "TTC" : "HT";
        return new Money(value, currency, taxMention, start, end);
    }

    /** "17 370" + ",50" → 17370.50; grouping spaces and dots go, a decimal comma or dot stays. */
    private static BigDecimal number(String integer, String cents, boolean negative) {
        String digits = integer.replaceAll("[ .\n]", "");
        String decimals = cents == null ? "" : "." + cents.replaceAll("[^0-9]", "");
        BigDecimal v = new BigDecimal(digits + decimals);
        return negative ? v.negate() : v;
    }

    private static BigDecimal scale(String word) {
        return word.toLowerCase(Locale.ROOT).startsWith("milliard") ? BigDecimal.valueOf(1_000_000_000)
                : BigDecimal.valueOf(1_000_000);
    }

    private static String currency(String token) {
        return AmountRules.CURRENCY_CODES.entrySet().stream().filter(e -> e.getKey().matcher(token).matches())
                .map(Map.Entry::getValue).findFirst().orElse("EUR");
    }
}
