package fr.arretiste.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * JSON values read the way score.py reads its dicts: {@code d.get(k)} is null for a missing key and for
 * JSON null alike, {@code d.get(k) or []} is an empty list for anything that is not a list, and a
 * value is "truthy" as Python says (non-empty string, list or object, non-zero number, true).
 */
final class PyJson {
    private PyJson() {
    }

    static JsonNode get(JsonNode object, String key) {
        JsonNode value = object == null ? null : object.get(key);
        return value == null || value.isNull() ? null : value;
    }

    static String text(JsonNode object, String key) {
        JsonNode value = get(object, key);
        return value == null ? null : value.isValueNode() ? value.asString() : value.toString();
    }

    /** {@code object.get(key) or []}. */
    static List<JsonNode> items(JsonNode object, String key) {
        JsonNode value = get(object, key);
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.values().forEach(items::add);
        }
        return items;
    }

    static boolean truthy(JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        return value.isString() ? !value.stringValue().isEmpty() : !value.isEmpty();
    }

    static boolean truthy(JsonNode object, String key) {
        return truthy(get(object, key));
    }

    /** Python's {@code ==} on two of these values, None equal to None. */
    static boolean same(JsonNode a, JsonNode b) {
        return Objects.equals(a, b);
    }
}
