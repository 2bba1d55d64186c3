package fr.arretiste.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What score.py reports: every metric by name, in the order score.py builds them, and the summary counts
 * (distinct prediction records, input files, gold annotations).
 */
public record Evaluation(Map<String, Metric> metrics, int records, int inputs, int gold) {
    public Evaluation {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A score in [0, 1] and the number of cases it averages; n is 0 for the F1 and role figures, as score.py prints none. */
    public record Metric(double value, int n) {
    }
}
