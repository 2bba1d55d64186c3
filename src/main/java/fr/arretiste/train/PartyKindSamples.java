package fr.arretiste.train;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.arretiste.extract.NameFinder;
import fr.arretiste.extract.PartyKindClassifier;
import opennlp.tools.doccat.DocumentSample;
import tools.jackson.databind.JsonNode;

/**
 * The samples of the party-kind classifier: the parties of truth/ and gold/ with their kind, the
 * natural persons of silver/ (names as the pseudonymisation replaced them, adjacent annotations
 * merged) and its legal persons (personneMorale, etablissement). Each distinct name once, sorted.
 */
final class PartyKindSamples {
    static final CategorizerTraining TRAINING = new CategorizerTraining(100, 1);
    private static final String MORALE = "personne_morale";
    private static final String PHYSIQUE = "personne_physique";
    /** The silver categories of legal persons. */
    private static final List<String> SILVER_COMPANIES = List.of("personneMorale", "etablissement");

    private PartyKindSamples() {
    }

    static List<DocumentSample> of(List<TrainingRuling> rulings, List<JsonNode> silver) {
        Map<String, String> kinds = new TreeMap<>();
        for (TrainingRuling r : rulings) {
            for (JsonNode labels : new JsonNode[] {r.truth(), r.gold()}) {
                if (labels != null) {
                    labels.path("parties").forEach(p -> put(kinds, p.path("name").asString(""), p.path("kind").asString("")));
                }
            }
        }
        for (JsonNode file : silver) {
            NameSamples.written(file, NameFinder.PERSON).forEach(n -> put(kinds, n, PHYSIQUE));
            file.path("annotations").forEach(a -> {
                if (SILVER_COMPANIES.contains(a.path("category").asString(""))) {
                    put(kinds, a.path("text").asString(""), MORALE);
                }
            });
        }
        return kinds.entrySet().stream()
                .map(e -> new DocumentSample(e.getValue(), PartyKindClassifier.features(e.getKey()))).toList();
    }

    private static void put(Map<String, String> kinds, String name, String kind) {
        if (!name.isBlank() && (kind.equals(MORALE) || kind.equals(PHYSIQUE))) {
            kinds.putIfAbsent(name.strip(), kind);
        }
    }
}
