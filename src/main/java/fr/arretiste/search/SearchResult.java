package fr.arretiste.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the exact number of matching rulings, the best hits, and per facet
 * (court, year, outcome, article) its most frequent values among all the matching rulings.
 */
public record SearchResult(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets) {
}
