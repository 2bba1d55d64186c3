package fr.arretiste.batch;

import java.util.Locale;

/**
 * What one run made of one input file: a ruling ({@code parsed}), or the {@code reason} it is not
 * one; {@code previous} is what the last run that saw the file made of it (null for a new file).
 * A file whose bytes did not change keeps its previous result, without being analysed again.
 */
record FileOutcome(String source, String sha256, ParsedRuling parsed, String reason, Manifest.Entry previous) {
    /** How the report counts a file: every file of a run is exactly one of these. */
    enum Kind {
        NEW, CHANGED, UNCHANGED, REJECTED;

        /** The key of its count in the step's execution context. */
        String key() {
            return "files." + name().toLowerCase(Locale.ROOT);
        }
    }

    static FileOutcome unchanged(Manifest.Entry previous) {
        return new FileOutcome(previous.source(), previous.sha256(), null, previous.reason(), previous);
    }

    boolean unchanged() {
        return previous != null && sha256 != null && sha256.equals(previous.sha256());
    }

    /** The id of the ruling the file gives now, or null. */
    String rulingId() {
        if (parsed != null) {
            return parsed.ruling().id();
        }
        return unchanged() ? previous.rulingId() : null;
    }

    /** The ruling the file gave before and no longer gives, or null. */
    String droppedId() {
        String before = previous == null ? null : previous.rulingId();
        return before != null && !before.equals(rulingId()) ? before : null;
    }

    Kind kind() {
        if (reason != null) {
            return Kind.REJECTED;
        }
        if (unchanged()) {
            return Kind.UNCHANGED;
        }
        return previous == null ? Kind.NEW : Kind.CHANGED;
    }

    Manifest.Entry entry() {
        return new Manifest.Entry(source, sha256, rulingId(), reason);
    }
}
