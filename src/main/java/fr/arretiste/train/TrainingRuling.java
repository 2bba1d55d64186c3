package fr.arretiste.train;

import fr.arretiste.extract.RulingText;
import tools.jackson.databind.JsonNode;

/**
 * One ruling of the data folder with its labels: the court database's metadata ({@code truth/})
 * and the hand annotation ({@code gold/}), each null when the folder has none for it.
 */
record TrainingRuling(String id, RulingText text, JsonNode truth, JsonNode gold) {
    /** The court kind the court's database gives, or null. */
    String courtKind() {
        return truth == null ? null : truth.path("court").path("kind").asString(null);
    }

    /** The solution the hand annotation gives, else the court's database, else null. */
    String solution() {
        for (JsonNode labels : new JsonNode[] {gold, truth}) {
            String s = labels == null ? null : labels.path("outcome").path("solution").asString(null);
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }
}
