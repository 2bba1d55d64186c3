package fr.arretiste.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;
import tools.jackson.databind.JsonNode;

/** Extraction records keyed as score.py keys them: by the stem of their {@code source}, the last record of a stem winning. */
public record Predictions(Map<String, JsonNode> byStem) {
    public Predictions {
        byStem = Collections.unmodifiableMap(new LinkedHashMap<>(byStem));
    }

    public static Predictions of(List<Ruling> rulings) {
        return keyed(rulings.stream().map(r -> (JsonNode) RulingJson.mapper().valueToTree(r)).toList());
    }

    /** The JSONL that {@code extract} writes; blank lines are skipped. */
    public static Predictions readJsonl(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return keyed(in.lines().map(ScoreKeys::strip).filter(l -> !l.isEmpty())
                    .map(l -> RulingJson.mapper().readTree(l)).toList());
        }
    }

    private static Predictions keyed(List<JsonNode> records) {
        Map<String, JsonNode> byStem = new LinkedHashMap<>();
        records.forEach(r -> byStem.put(ScoreKeys.stem(PyJson.text(r, "source")), r));
        return new Predictions(byStem);
    }

    JsonNode get(String stem) {
        return byStem.get(stem);
    }
}
