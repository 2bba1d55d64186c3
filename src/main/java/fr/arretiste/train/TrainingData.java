package fr.arretiste.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import fr.arretiste.extract.RulingText;
import fr.arretiste.ingest.DocumentParser;
import fr.arretiste.ingest.InputFiles;
import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ingest.RejectedFileException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rulings of a data folder laid out like {@code ../shared/data} (rulings/, truth/, gold/,
 * silver/), parsed as the extraction parses them and joined with their labels by the file's stem,
 * which is the ruling's id in every folder. Sorted by id, so training is deterministic.
 */
final class TrainingData {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TrainingData() {
    }

    static List<TrainingRuling> rulings(Path data) throws IOException {
        DocumentParser parser = new DocumentParser();
        List<Path> files = InputFiles.under(List.of(data.resolve("rulings"))).files();
        return files.parallelStream().map(file -> {
            String id = stem(file);
            try {
                ParsedDocument doc = parser.parse(file);
                return new TrainingRuling(id, RulingText.of(doc.text(), doc.metadata()),
                        json(data.resolve("truth").resolve(id + ".json")), json(data.resolve("gold").resolve(id + ".json")));
            } catch (RejectedFileException e) {
                return null;
            }
        }).filter(r -> r != null).sorted(Comparator.comparing(TrainingRuling::id)).toList();
    }

    /** The JSON documents of one folder of the data (silver/...), sorted by file name. */
    static List<JsonNode> folder(Path data, String name) throws IOException {
        try (var files = Files.list(data.resolve(name))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(TrainingData::json).toList();
        }
    }

    private static JsonNode json(Path file) {
        return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : null;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
