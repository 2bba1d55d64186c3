package fr.arretiste.search;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import fr.arretiste.index.Keys;
import fr.arretiste.index.RulingFields;
import fr.arretiste.index.RulingFields.Kind;

/**
 * Lucene's classic syntax over the fields of CLI.md. Unfielded words go to the French-analysed
 * text and must all be present (AND, as in a search engine; OR and NOT remain available); a
 * keyword field matches its normalised value exactly; date and amount take a value or a range
 * and become point queries. Not thread-safe: one per query.
 */
final class RulingQueryParser extends QueryParser {
    /** What {@code *:*} names: every document. */
    private static final String ANY_FIELD = "*";

    RulingQueryParser() {
        super(RulingFields.TEXT, RulingFields.analyzer());
        setDefaultOperator(AND_OPERATOR);
    }

    /** The query of a whole value of one field, as a filter option gives it (not query syntax). */
    Query value(String field, String value) throws ParseException {
        Query query = getFieldQuery(field, value, true);
        // a value with nothing to search in it ("-") matches no ruling rather than every ruling
        return query == null ? new MatchNoDocsQuery() : query;
    }

    /** Rulings rendered between the two dates, each a day, a month or a year; either may be null (open). */
    Query dates(String from, String to) throws ParseException {
        return getRangeQuery(RulingFields.DATE, from, to, true, true);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        return switch (kind(field)) {
            case KEY -> new TermQuery(new Term(field, Keys.of(field, text)));
            case DATE, AMOUNT -> getRangeQuery(field, text, text, true, true);
            case TEXT, NAME -> super.getFieldQuery(field, text, quoted);
        };
    }

    @Override
    protected Query getRangeQuery(String field, String lower, String upper, boolean lowerIncluded,
            boolean upperIncluded) throws ParseException {
        return switch (kind(field)) {
            case DATE -> dateRange(lower, upper, lowerIncluded, upperIncluded);
            case AMOUNT -> amountRange(lower, upper, lowerIncluded, upperIncluded);
            case TEXT, NAME, KEY -> super.getRangeQuery(field, lower, upper, lowerIncluded, upperIncluded);
        };
    }

    @Override
    protected Query getPrefixQuery(String field, String prefix) throws ParseException {
        kind(field);
        return super.getPrefixQuery(field, prefix);
    }

    @Override
    protected Query getWildcardQuery(String field, String pattern) throws ParseException {
        if (!field.equals(ANY_FIELD)) {
            kind(field);
        }
        return super.getWildcardQuery(field, pattern);
    }

    @Override
    protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
        kind(field);
        return super.getFuzzyQuery(field, term, similarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String regexp) throws ParseException {
        kind(field);
        return super.getRegexpQuery(field, regexp);
    }

    /** The kind of a field the query names; an unknown field is an error, not a silent empty result. */
    private static Kind kind(String field) throws ParseException {
        Kind kind = RulingFields.SEARCHABLE.get(field);
        if (kind == null) {
            throw new BadValueException("unknown field '" + field + ":' (the fields are "
                    + String.join(", ", RulingFields.SEARCHABLE.keySet()) + ")");
        }
        return kind;
    }

    /** A period's first day when included, else the day after it; a lower bound "{2022" starts in 2023. */
    private static Query dateRange(String lower, String upper, boolean lowerIncluded, boolean upperIncluded)
            throws ParseException {
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        if (lower != null) {
            Period period = Period.parse(lower);
            from = RulingFields.dateValue(lowerIncluded ? period.first() : period.last().plusDays(1));
        }
        if (upper != null) {
            Period period = Period.parse(upper);
            to = RulingFields.dateValue(upperIncluded ? period.last() : period.first().minusDays(1));
        }
        return IntField.newRangeQuery(RulingFields.DATE, from, to);
    }

    private static Query amountRange(String lower, String upper, boolean lowerIncluded, boolean upperIncluded)
            throws ParseException {
        double from = lower == null ? Double.NEGATIVE_INFINITY : euros(lower);
        double to = upper == null ? Double.POSITIVE_INFINITY : euros(upper);
        return DoubleField.newRangeQuery(RulingFields.AMOUNT,
                lowerIncluded ? from : Math.nextUp(from), upperIncluded ? to : Math.nextDown(to));
    }

    /** A sum typed the French way ("7528,32") or the English way ("7528.32"). */
    private static double euros(String text) throws ParseException {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new BadValueException("an amount is a number of euros such as 10000 or 7528,32, not '" + text + "'");
        }
    }

    /** A value the grammar accepts but its field does not, as opposed to a syntax error. */
    static final class BadValueException extends ParseException {
        BadValueException(String message) {
            super(message);
        }
    }
}
