package fr.arretiste.bench;

/**
 * The phases of {@code arretiste bench}, in the order they run (the search reads the index the full
 * import built). Each runs in a child JVM of its own, so that its memory figures are its own.
 */
public enum Phase {
    FLOOR("(a) floor: Tika + Lucene"),
    IMPORT("(b) full import"),
    INCREMENTAL("(b2) incremental re-run"),
    EXTRACTION("(c) Tika + extraction"),
    SEARCH("(d) search");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The work of this phase, as its child JVM runs it. */
    PhaseWork work() {
        return switch (this) {
            case FLOOR -> new FloorPhase();
            case IMPORT -> new ImportPhase(true);
            case INCREMENTAL -> new ImportPhase(false);
            case EXTRACTION -> new ExtractionPhase();
            case SEARCH -> new SearchPhase();
        };
    }
}
