package fr.arretiste.search;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

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
    static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_CLAUSES = 64;
    static final int MIN_LITERAL_PREFIX = 2;
    /** The characters of a wildcard pattern that stand for others. */
    private static final Pattern WILDCARDS = Pattern.compile("[*?]");
    /** The first character of a regular expression that is not a plain letter or digit. */
    private static final Pattern REGEXP_OPERATORS = Pattern.compile("[^\\p{L}\\p{N}]");

    /** The analyzer is {@link RulingFields#analyzer()}'s, shared: building one per query would cost more than parsing. */
    RulingQueryParser(Analyzer analyzer) {
        super(RulingFields.TEXT, analyzer);
        setDefaultOperator(AND_OPERATOR);
    }

    /** The query of a whole value of one field, as a filter option gives it (not query syntax). */
    Query value(String field, String value) throws ParseException {
        Query query = getFieldQuery(field, value, true);
        // a value with nothing to search in it ("-") matches no ruling rather than every ruling
        return query == null ? new MatchNoDocsQuery() : query;
    }

    /**
     * The query a person typed, bounded so that one query cannot occupy the server: at most
     * {@link #MAX_QUERY_LENGTH} characters and {@link #MAX_CLAUSES} words, phrases and ranges.
     */
    Query query(String text) throws ParseException {
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new BadValueException("the query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        Query query = parse(text);
        ClauseCounter clauses = new ClauseCounter();
        query.visit(clauses);
        if (clauses.count > MAX_CLAUSES) {
            throw new BadValueException("the query has " + clauses.count + " words, phrases or ranges; at most "
                    + MAX_CLAUSES + " are searched at once");
        }
        return query;
    }

    /** A range of dates or amounts (each end included, either null: open) given as two values, not query syntax. */
    Query range(String field, String from, String to) throws ParseException {
        return getRangeQuery(field, from, to, true, true);
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
            // a range of words would enumerate the dictionary between them, and means little in a ruling
            case TEXT, NAME, KEY -> throw new BadValueException("a range [A TO B] is for date: and amount: only");
        };
    }

    @Override
    protected Query getPrefixQuery(String field, String prefix) throws ParseException {
        kind(field);
        literalStart(prefix, WILDCARDS);
        return super.getPrefixQuery(field, prefix);
    }

    @Override
    protected Query getWildcardQuery(String field, String pattern) throws ParseException {
        if (field.equals(ANY_FIELD) && pattern.equals(ANY_FIELD)) {
            return super.getWildcardQuery(field, pattern);
        }
        kind(field);
        literalStart(pattern, WILDCARDS);
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
        literalStart(regexp, REGEXP_OPERATORS);
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

    /**
     * A wildcard or a regular expression must begin with {@link #MIN_LITERAL_PREFIX} plain
     * characters: the index then reads only the words that begin with them, not its whole dictionary.
     */
    private static void literalStart(String pattern, Pattern operators) throws BadValueException {
        Matcher operator = operators.matcher(pattern);
        int literal = operator.find() ? operator.start() : pattern.length();
        if (literal < MIN_LITERAL_PREFIX) {
            throw new BadValueException("'" + pattern + "': a wildcard or a regular expression needs at least "
                    + MIN_LITERAL_PREFIX + " letters before it");
        }
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

    /** Counts the leaves of a query: each word, phrase, range or pattern the index will look up. */
    private static final class ClauseCounter extends QueryVisitor {
        private int count;

        @Override
        public void consumeTerms(Query query, Term... terms) {
            count++;
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            count++;
        }

        @Override
        public void visitLeaf(Query query) {
            count++;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
        }
    }

    /** A value the grammar accepts but its field does not, as opposed to a syntax error. */
    static final class BadValueException extends ParseException {
        BadValueException(String message) {
            super(message);
        }
    }
}
