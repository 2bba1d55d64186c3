package fr.arretiste.ruling;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapping of a {@link Ruling}, shared by the JSONL writers, the index and the CLI. */
public final class RulingJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RulingJson() {
    }

    public static String write(Ruling ruling) {
        return MAPPER.writeValueAsString(ruling);
    }

    public static Ruling read(String json) {
        return MAPPER.readValue(json, Ruling.class);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
