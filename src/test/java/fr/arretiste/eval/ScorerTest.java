package fr.arretiste.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer on the synthetic data folder (src/test/resources/scoring). The expected figures are what
 * {@code python3 ../shared/tools/score.py predictions.jsonl DIR --json} printed for the same files,
 * copied digit for digit. The fixture exercises: records keyed by the stem of source (last record of a
 * stem wins, null source, a dotted name, two inputs with one stem), metadataReliable false, court.city
 * skipped at the Cour de cassation, a court without kind (outcome.other), chamber variants (1re,
 * Première, 1ere ... sect.Civile), RG and pourvoi spellings, gold outranking truth (outcome, parties
 * and their inText), legal forms and containment in party names, inText null, judges by a shared word,
 * ISO and written lowerCourt dates, amounts as multisets (duplicates, a string value, null, 2.675
 * rounding to 2.67), deduplicated citations with article spellings, greedy party and lawyer pairs.
 */
class ScorerTest {
    @Test
    void agreesWithScorePyOnTheSyntheticDataFolder(@TempDir Path temp) throws IOException {
        Evaluation evaluation = new Scorer().score(Predictions.readJsonl(ScoringFixture.predictions()), ScoringFixture.dataDir(temp));

        Map<String, Evaluation.Metric> expected = new LinkedHashMap<>();
        expected.put("coverage", new Evaluation.Metric(0.75, 8));
        expected.put("court.kind", new Evaluation.Metric(1.0, 4));
        expected.put("date", new Evaluation.Metric(0.4, 5));
        expected.put("outcome.cour_cassation", new Evaluation.Metric(0.0, 1));
        expected.put("court.city", new Evaluation.Metric(1.0, 4));
        expected.put("chamber", new Evaluation.Metric(1.0, 3));
        expected.put("outcome.cour_appel", new Evaluation.Metric(1.0, 3));
        expected.put("parties.company.recall", new Evaluation.Metric(0.8333333333333334, 6));
        expected.put("judges.recall", new Evaluation.Metric(0.25, 4));
        expected.put("lowerCourt.date", new Evaluation.Metric(1.0, 3));
        expected.put("outcome.other", new Evaluation.Metric(0.0, 1));
        expected.put("gold.outcome", new Evaluation.Metric(0.3333333333333333, 3));
        expected.put("rg.f1", new Evaluation.Metric(0.28571428571428575, 0));
        expected.put("pourvoi.f1", new Evaluation.Metric(0.6666666666666666, 0));
        expected.put("amounts.value.f1", new Evaluation.Metric(0.8571428571428571, 0));
        expected.put("amounts.category.f1", new Evaluation.Metric(0.5714285714285714, 0));
        expected.put("citations.f1", new Evaluation.Metric(0.6666666666666666, 0));
        expected.put("parties.f1", new Evaluation.Metric(0.4444444444444445, 0));
        expected.put("parties.role.acc", new Evaluation.Metric(0.5, 0));
        expected.put("lawyers.f1", new Evaluation.Metric(0.6666666666666666, 0));
        assertEquals(new Evaluation(expected, 6, 8, 3), evaluation);
    }
}
