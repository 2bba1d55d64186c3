package fr.arretiste.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import fr.arretiste.ruling.RulingJson;

/**
 * An {@link Evaluation} printed exactly as score.py prints it (metric lines, JSON, summary), checked against
 * lower bounds given as {@code KEY=VALUE} (VALUE as typed, since score.py echoes it when a bound is missed).
 */
public final class ScoreReport {
    private final Evaluation evaluation;
    private final Map<String, String> minimums;

    public ScoreReport(Evaluation evaluation, Map<String, String> minimums) {
        this.evaluation = evaluation;
        this.minimums = new LinkedHashMap<>(minimums);
    }

    /** One line per metric, by name: "%-28s %.3f", then "  (n=N)" when N > 0, then "  < MIN" when short of a bound. */
    public List<String> lines() {
        return evaluation.metrics().keySet().stream().sorted().map(name -> {
            Evaluation.Metric m = evaluation.metrics().get(name);
            return String.format("%-28s %s", name, fixed3(m.value())) + (m.n() > 0 ? "  (n=" + m.n() + ")" : "")
                    + (isShort(name) ? "  < " + minimums.get(name) : "");
        }).toList();
    }

    /** The metrics as one JSON object, numbers written as Python's repr writes them, in score.py's order. */
    public String json() {
        StringJoiner json = new StringJoiner(", ", "{", "}");
        evaluation.metrics().forEach((name, m) -> json.add(RulingJson.mapper().writeValueAsString(name) + ": " + repr(m.value())));
        return json.toString();
    }

    public String summary() {
        List<String> missed = missed();
        return "summary: " + evaluation.records() + " records for " + evaluation.inputs() + " inputs, " + evaluation.gold()
                + " gold; " + (missed.isEmpty() ? "all bounds met" : "short of bound on " + String.join(", ", missed));
    }

    public boolean boundsMet() {
        return missed().isEmpty();
    }

    /** Metrics under their bound (by name), then bounds that name no metric. */
    private List<String> missed() {
        List<String> missed = new ArrayList<>(evaluation.metrics().keySet().stream().sorted().filter(this::isShort).toList());
        minimums.keySet().stream().filter(k -> !evaluation.metrics().containsKey(k)).forEach(missed::add);
        return missed;
    }

    private boolean isShort(String name) {
        return minimums.containsKey(name)
                && evaluation.metrics().get(name).value() < Double.parseDouble(ScoreKeys.strip(minimums.get(name)));
    }

    /** Python's "%.3f": the double's exact value rounded half-even (Java's %.3f rounds its shortest decimal half-up). */
    static String fixed3(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's repr(float): shortest round-trip digits, positional from 1e-4 to 1e16, else d.ddde-XX. */
    static String repr(double value) {
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = shortest.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (value < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
