package fr.arretiste.search;

import fr.arretiste.ruling.Ruling;

/** A ruling as the index stores it: its extraction and the full text its spans and zones are offsets in. */
public record StoredRuling(Ruling ruling, String text) {
}
