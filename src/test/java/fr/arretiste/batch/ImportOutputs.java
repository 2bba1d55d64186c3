package fr.arretiste.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.arretiste.index.CommittedIndex;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;

/**
 * What an import left in its output folder, read back for assertions: the index's rulings, the
 * lines of rulings.jsonl and rejects.jsonl, the report.
 */
record ImportOutputs(List<String> indexIds, List<String> indexJson, List<String> rulingsLines, Map<String, String> rejects,
        ImportSummary report) {

    static ImportOutputs of(ImportPaths paths) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> json = new ArrayList<>();
        CommittedIndex.forEachRuling(paths.index(), (id, ruling) -> {
            ids.add(id);
            json.add(ruling);
        });
        Map<String, String> rejects = new TreeMap<>();
        for (String line : lines(paths.rejects())) {
            Rejection r = RulingJson.mapper().readValue(line, Rejection.class);
            if (rejects.put(r.source(), r.reason()) != null) {
                throw new AssertionError("rejected twice: " + line);
            }
        }
        ImportSummary report = Files.exists(paths.report())
                ? RulingJson.mapper().readValue(paths.report().toFile(), ImportSummary.class) : null;
        return new ImportOutputs(ids, json, lines(paths.rulings()), rejects, report);
    }

    /** The sources of rulings.jsonl, in its order. */
    List<String> rulingSources() {
        return rulingsLines.stream().map(RulingJson::read).map(Ruling::source).toList();
    }

    /** Rejected files by name relative to {@code root}, with the kind of their reason. */
    Map<String, String> rejectKinds(Path root) {
        Map<String, String> kinds = new TreeMap<>();
        rejects.forEach((source, reason) -> kinds.put(root.relativize(Path.of(source)).toString(),
                new Rejection(source, reason).kind()));
        return kinds;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
