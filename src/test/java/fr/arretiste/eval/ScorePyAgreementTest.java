package fr.arretiste.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.ruling.RulingJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Java scorer and score.py print the same bytes (lines, JSON, summary) for the same files; skipped
 * without python3 or ../shared. Fast: no extraction (AccuracyFloorTest checks a real extraction).
 */
class ScorePyAgreementTest {
    @Test
    void onTheSyntheticDataFolder(@TempDir Path temp) throws Exception {
        Path data = ScoringFixture.dataDir(temp);
        Path jsonl = ScoringFixture.predictions();
        ScorePy.assertAgrees(new Scorer().score(Predictions.readJsonl(jsonl), data), jsonl, data);
    }

    /**
     * The shared data scored against annotations of its own: each ruling predicted by its gold file (else
     * its truth file) with the registry's party list, so that registry and annotator spellings of names,
     * chambers and outcomes meet; one ruling in seven has no record.
     */
    @Test
    void onTheSharedDataPredictedByItsOwnAnnotations(@TempDir Path temp) throws Exception {
        Path data = SharedFolder.resolve("data").orElse(null);
        assumeTrue(data != null, "no ../shared/data");
        List<Path> rulings;
        try (Stream<Path> files = Files.list(data.resolve("rulings"))) {
            rulings = files.sorted().toList();
        }
        List<String> records = new ArrayList<>();
        for (int i = 0; i < rulings.size(); i++) {
            String stem = ScoreKeys.stem(rulings.get(i).toString());
            Path truth = data.resolve("truth").resolve(stem + ".json");
            Path gold = data.resolve("gold").resolve(stem + ".json");
            if (i % 7 != 0 && Files.exists(truth)) {
                ObjectNode record = (ObjectNode) read(Files.exists(gold) ? gold : truth);
                record.set("parties", read(truth).get("parties"));
                record.put("source", rulings.get(i).toString());
                records.add(record.toString());
            }
        }
        Path jsonl = temp.resolve("annotations.jsonl");
        Files.write(jsonl, records);
        ScorePy.assertAgrees(new Scorer().score(Predictions.readJsonl(jsonl), data), jsonl, data);
    }

    private static JsonNode read(Path file) throws IOException {
        return RulingJson.mapper().readTree(Files.readAllBytes(file));
    }
}
