package fr.arretiste.batch;

import fr.arretiste.ruling.Ruling;

/** A ruling with the full text it was extracted from, which the index needs for full-text search. */
public record ParsedRuling(Ruling ruling, String text) {
}
