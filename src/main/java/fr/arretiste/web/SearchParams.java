package fr.arretiste.web;

import fr.arretiste.index.RulingFields;
import fr.arretiste.search.Filters;
import fr.arretiste.search.SearchRequest;

/**
 * The query parameters of {@code /api/search} and {@code /api/stats}, named as the page's form
 * names them; any may be absent. {@code limit} is bounded so that one request cannot ask for the
 * whole index.
 */
record SearchParams(String q, String court, String chamber, String from, String to, String outcome, String article,
        String party, String lawyer, String judge, String minAmount, String maxAmount, String sort, Integer limit,
        Integer offset) {
    static final int MAX_LIMIT = 100;

    SearchRequest request() {
        int hits = limit == null ? SearchRequest.DEFAULT_LIMIT : limit;
        if (hits < 0 || hits > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 0 and " + MAX_LIMIT + ", not " + hits);
        }
        Filters filters = Filters.NONE.with(RulingFields.COURT, court).with(RulingFields.CHAMBER, chamber)
                .with(RulingFields.OUTCOME, outcome).with(RulingFields.ARTICLE, article)
                .with(RulingFields.PARTY, party).with(RulingFields.LAWYER, lawyer).with(RulingFields.JUDGE, judge)
                .dates(from, to).amounts(minAmount, maxAmount);
        SearchRequest.Order order = sort == null || sort.isBlank() ? SearchRequest.Order.RELEVANCE
                : SearchRequest.Order.parse(sort);
        return new SearchRequest(q, filters, order, offset == null ? 0 : offset, hits);
    }
}
