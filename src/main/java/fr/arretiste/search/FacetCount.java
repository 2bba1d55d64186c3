package fr.arretiste.search;

/** How many of the matching rulings have this value of a facet. */
public record FacetCount(String label, int count) {
}
