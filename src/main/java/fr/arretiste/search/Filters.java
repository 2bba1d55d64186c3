package fr.arretiste.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

import fr.arretiste.index.RulingFields;

/**
 * The search options that narrow a query, each a whole value (null: no filter). {@code from} and
 * {@code to} are a day, a month or a year, both included.
 */
public record Filters(String court, String from, String to, String outcome, String article, String party) {
    public static final Filters NONE = new Filters(null, null, null, null, null, null);

    List<Query> queries(RulingQueryParser parser) throws ParseException {
        List<Query> queries = new ArrayList<>();
        if (from != null || to != null) {
            queries.add(parser.dates(from, to));
        }
        addValue(queries, parser, RulingFields.COURT, court);
        addValue(queries, parser, RulingFields.OUTCOME, outcome);
        addValue(queries, parser, RulingFields.ARTICLE, article);
        addValue(queries, parser, RulingFields.PARTY, party);
        return queries;
    }

    private static void addValue(List<Query> queries, RulingQueryParser parser, String field, String value)
            throws ParseException {
        if (value != null) {
            queries.add(parser.value(field, value));
        }
    }
}
