package fr.arretiste.extract;

import java.util.List;

import fr.arretiste.ruling.Party;

/** The parties to this instance, their roles and their lawyers. */
public final class PartyExtractor {
    public List<Party> extract(RulingText ruling) {
        return List.of(); // STUB
    }
}
