package fr.arretiste.search;

/** A query in Lucene's classic syntax (blank: every ruling), its filters, and how many hits to return. */
public record SearchRequest(String query, Filters filters, int limit) {
    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
        }
        query = query == null ? "" : query;
        filters = filters == null ? Filters.NONE : filters;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Filters.NONE, DEFAULT_LIMIT);
    }
}
