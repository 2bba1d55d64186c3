package fr.arretiste.search;

/**
 * A query in Lucene's classic syntax (blank: every ruling), its filters, the order of the hits,
 * and which of them to return: {@code limit} hits after the first {@code offset}.
 */
public record SearchRequest(String query, Filters filters, Order order, int offset, int limit) {
    public static final int DEFAULT_LIMIT = 10;
    /** How deep hits may be paged: beyond it, the query should be narrowed rather than the pages turned. */
    public static final int MAX_WINDOW = 10_000;

    /** The order of the hits. */
    public enum Order {
        /** Best match first (BM25). */
        RELEVANCE,
        /** Most recent first, rulings without a date last; equal dates by relevance. */
        DATE;

        /** The order named in lower case ("date"), as options and URLs give it. */
        public static Order parse(String name) {
            for (Order order : values()) {
                if (order.name().equalsIgnoreCase(name)) {
                    return order;
                }
            }
            throw new IllegalArgumentException("the order is relevance or date, not '" + name + "'");
        }
    }

    public SearchRequest {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must be 0 or more, not " + limit + " and " + offset);
        }
        if ((long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must be at most " + MAX_WINDOW);
        }
        query = query == null ? "" : query;
        filters = filters == null ? Filters.NONE : filters;
        order = order == null ? Order.RELEVANCE : order;
    }

    /** The first hits by relevance, with these filters. */
    public SearchRequest(String query, Filters filters, int limit) {
        this(query, filters, Order.RELEVANCE, 0, limit);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Filters.NONE, DEFAULT_LIMIT);
    }
}
