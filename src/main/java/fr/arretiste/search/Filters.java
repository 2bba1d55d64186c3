package fr.arretiste.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

import fr.arretiste.index.RulingFields;

/**
 * The search options that narrow a query: whole values of named fields ({@link #FIELDS}), a date
 * range whose ends are a day, a month or a year, both included, and a range of amounts in euros,
 * both included. A blank value is no filter, as an empty box of a form means.
 */
public record Filters(Map<String, String> values, String from, String to, String minAmount, String maxAmount) {
    /** The fields a filter may name; each matches as a whole value, as the query field of that name does. */
    public static final List<String> FIELDS = List.of(RulingFields.COURT, RulingFields.CHAMBER, RulingFields.OUTCOME,
            RulingFields.ARTICLE, RulingFields.PARTY, RulingFields.LAWYER, RulingFields.JUDGE);

    public static final Filters NONE = new Filters(Map.of(), null, null, null, null);

    public Filters {
        Map<String, String> present = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("no filter on '" + field + "' (the filters are "
                        + String.join(", ", FIELDS) + ")");
            }
            if (present(value)) {
                present.put(field, value);
            }
        });
        values = Collections.unmodifiableMap(present);
        from = present(from) ? from : null;
        to = present(to) ? to : null;
        minAmount = present(minAmount) ? minAmount : null;
        maxAmount = present(maxAmount) ? maxAmount : null;
    }

    /** These filters and the whole value of one more field (replacing that field's value, if any). */
    public Filters with(String field, String value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(field, value);
        return new Filters(more, from, to, minAmount, maxAmount);
    }

    /** These filters, rendered between the two dates (either null: open). */
    public Filters dates(String first, String last) {
        return new Filters(values, first, last, minAmount, maxAmount);
    }

    /** These filters, mentioning a sum between the two amounts in euros (either null: open). */
    public Filters amounts(String min, String max) {
        return new Filters(values, from, to, min, max);
    }

    List<Query> queries(RulingQueryParser parser) throws ParseException {
        List<Query> queries = new ArrayList<>();
        if (from != null || to != null) {
            queries.add(parser.range(RulingFields.DATE, from, to));
        }
        if (minAmount != null || maxAmount != null) {
            queries.add(parser.range(RulingFields.AMOUNT, minAmount, maxAmount));
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            queries.add(parser.value(value.getKey(), value.getValue()));
        }
        return queries;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
