package fr.arretiste.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.extract.ParallelExtraction;
import fr.arretiste.ingest.InputFiles;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;

/**
 * The regression floor: extracts ../shared/data/rulings as {@code evaluate} does and holds every metric
 * at or above its floor in src/test/resources/accuracy-floor.properties (the one place floors are kept).
 * Skipped when ../shared/data is absent. Also checks that score.py gives the same figures for the same
 * extraction written as JSONL.
 */
class AccuracyFloorTest {
    private static Path data;
    private static List<Ruling> rulings;
    private static Evaluation evaluation;

    @BeforeAll
    static void extractTheSharedData() throws IOException {
        data = SharedFolder.resolve("data").orElse(null);
        assumeTrue(data != null, "no ../shared/data");
        InputFiles.Listing listing = InputFiles.under(List.of(data.resolve("rulings")));
        rulings = ParallelExtraction.of(listing.files(), e -> { });
        evaluation = new Scorer().score(Predictions.of(rulings), data);
    }

    @Test
    void everyMetricIsAtLeastItsFloor() throws IOException {
        Properties floors = new Properties();
        try (InputStream in = AccuracyFloorTest.class.getResourceAsStream("/accuracy-floor.properties")) {
            floors.load(in);
        }
        assertEquals(new TreeSet<>(evaluation.metrics().keySet()), new TreeSet<>(floors.stringPropertyNames()),
                "accuracy-floor.properties names every metric, and only those");
        assertAll(evaluation.metrics().entrySet().stream().map(m -> () -> {
            double floor = Double.parseDouble(floors.getProperty(m.getKey()));
            assertTrue(m.getValue().value() >= floor, m.getKey() + " = " + m.getValue().value() + " fell below its floor " + floor);
        }));
    }

    @Test
    void scorePyGivesTheSameFiguresForThisExtraction(@TempDir Path temp) throws Exception {
        Path jsonl = temp.resolve("extraction.jsonl");
        Files.write(jsonl, rulings.stream().map(RulingJson::write).toList());
        ScorePy.assertAgrees(evaluation, jsonl, data);
    }
}
