package fr.arretiste.extract;

import fr.arretiste.ruling.Span;

/**
 * Where the parties and the bench are named: the entête zone, read with a margin because the zone
 * may be cut short (or missing, or overlong when the ruling has no heading of facts).
 */
final class HeadingRegion {
    /** Never less than this, whatever the entête zone says... */
    private static final int MIN_LENGTH = 6_000;
    /** ...nor more than this (a Judilibre page puts its site menu before the decision). */
    private static final int MAX_LENGTH = 30_000;

    private HeadingRegion() {
    }

    /** The end offset of the heading in the ruling's text. */
    static int end(RulingText ruling) {
        Span entete = ruling.zones() == null ? null : ruling.zones().entete();
        int end = entete == null ? MAX_LENGTH : Math.max(entete.end(), MIN_LENGTH);
        return Math.min(ruling.text().length(), Math.min(end, MAX_LENGTH));
    }
}
