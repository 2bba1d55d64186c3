package fr.arretiste.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Numbers and lines as score.py prints them; the expected strings are Python 3.11's '%.3f' % v and repr(v). */
class ScoreReportTest {
    @ParameterizedTest
    @CsvSource({
            // exact ties round half-even, where Java's own %.3f would print 0.063 and 0.813
            "0.0625, 0.062, 0.0625",
            "0.8125, 0.812, 0.8125",
            "0.3335, 0.334, 0.3335",
            "0.6666666666666666, 0.667, 0.6666666666666666",
            "0.28571428571428575, 0.286, 0.28571428571428575",
            "0.82, 0.820, 0.82",
            "1.0, 1.000, 1.0",
            "0.0, 0.000, 0.0",
            "0.0001, 0.000, 0.0001",
            "1e-05, 0.000, 1e-05",
            "1.5e-05, 0.000, 1.5e-05",
            "1e16, 10000000000000000.000, 1e+16",
            "123456789012345.6, 123456789012345.594, 123456789012345.6"})
    void formatsLikePython(double value, String fixed3, String repr) {
        assertEquals(fixed3, ScoreReport.fixed3(value));
        assertEquals(repr, ScoreReport.repr(value));
    }

    private static final Evaluation EVALUATION = evaluation();

    /** Metrics in score.py's order (ratios, then F1 figures), which is not the order of the lines. */
    private static Evaluation evaluation() {
        Map<String, Evaluation.Metric> metrics = new LinkedHashMap<>();
        metrics.put("coverage", new Evaluation.Metric(0.75, 8));
        metrics.put("rg.f1", new Evaluation.Metric(0.28571428571428575, 0));
        metrics.put("citations.f1", new Evaluation.Metric(1.0, 0));
        return new Evaluation(metrics, 6, 8, 3);
    }

    @Test
    void linesSummaryAndJsonAsScorePyPrintsThem() {
        Map<String, String> bounds = new LinkedHashMap<>();
        bounds.put("rg.f1", "0.30");
        bounds.put("coverage", "0.5");
        bounds.put("dates", "0.1");
        ScoreReport report = new ScoreReport(EVALUATION, bounds);
        assertEquals(List.of(
                "citations.f1                 1.000",
                "coverage                     0.750  (n=8)",
                "rg.f1                        0.286  < 0.30"), report.lines());
        assertEquals("{\"coverage\": 0.75, \"rg.f1\": 0.28571428571428575, \"citations.f1\": 1.0}", report.json());
        assertEquals("summary: 6 records for 8 inputs, 3 gold; short of bound on rg.f1, dates", report.summary());
        assertFalse(report.boundsMet());
    }

    @Test
    void boundsMetWhenEveryNamedMetricReachesIt() {
        ScoreReport report = new ScoreReport(EVALUATION, Map.of("coverage", "0.75"));
        assertEquals("summary: 6 records for 8 inputs, 3 gold; all bounds met", report.summary());
        assertTrue(report.boundsMet());
    }
}
