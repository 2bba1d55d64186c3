package fr.arretiste.extract;

import fr.arretiste.ruling.Outcome;

/** The solution read from the dispositif. */
public final class OutcomeExtractor {
    public Outcome extract(RulingText ruling, String courtKind) {
        return new Outcome(null, ruling.zone(ruling.zones().dispositif())); // STUB
    }
}
