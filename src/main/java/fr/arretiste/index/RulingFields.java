package fr.arretiste.index;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The fields of a ruling's Lucene document, shared by the writer and the searcher so that both
 * analyse, normalise and facet a field the same way. The searchable names are those of CLI.md.
 */
public final class RulingFields {
    /** The exact id, the term that {@code updateDocument} replaces. */
    public static final String ID = "id";
    /** The whole extraction as JSON: {@code show} and the hits need no other store. */
    public static final String JSON = "json";
    /** The full text, French-analysed; the field of unfielded query terms. */
    public static final String TEXT = "text";
    public static final String RG = "rg";
    public static final String POURVOI = "pourvoi";
    public static final String PORTALIS = "portalis";
    public static final String COURT = "court";
    public static final String CITY = "city";
    public static final String CHAMBER = "chamber";
    public static final String OUTCOME = "outcome";
    public static final String ARTICLE = "article";
    public static final String PARTY = "party";
    public static final String LAWYER = "lawyer";
    public static final String JUDGE = "judge";
    public static final String DATE = "date";
    public static final String AMOUNT = "amount";
    /** Facet dimension of the year; the other dimensions share their field's name. */
    public static final String YEAR = "year";
    /** The facet dimensions, in the order they are shown. */
    public static final List<String> FACETS = List.of(COURT, YEAR, OUTCOME, ARTICLE);

    /** How a searchable field is indexed, hence how a query on it is built. */
    public enum Kind {
        /** French-analysed running text: words, stems, phrases. */
        TEXT,
        /** Names tokenised and folded but not stemmed: a phrase of the whole name or one of its words matches. */
        NAME,
        /** One normalised keyword per value ({@link Keys}): only the whole value matches. */
        KEY,
        /** A day, as an int point (epoch day) with doc values: ranges and sorting. */
        DATE,
        /** Sums in euros, as double points: ranges. */
        AMOUNT
    }

    /** Every field a query may name, with its kind. */
    public static final Map<String, Kind> SEARCHABLE = searchable();

    private RulingFields() {
    }

    private static Map<String, Kind> searchable() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        fields.put(TEXT, Kind.TEXT);
        for (String key : List.of(RG, POURVOI, PORTALIS, OUTCOME, ARTICLE)) {
            fields.put(key, Kind.KEY);
        }
        for (String name : List.of(COURT, CITY, CHAMBER, PARTY, LAWYER, JUDGE)) {
            fields.put(name, Kind.NAME);
        }
        fields.put(DATE, Kind.DATE);
        fields.put(AMOUNT, Kind.AMOUNT);
        return Collections.unmodifiableMap(fields);
    }

    /** The value of the date field for a day: its epoch day, which an int holds. */
    public static int dateValue(LocalDate day) {
        return Math.toIntExact(day.toEpochDay());
    }

    /**
     * The analyzer of every field: the French text chain by default, the name chain for names and
     * keywords (keywords are indexed pre-normalised, so it only folds the terms of a prefix query).
     */
    public static Analyzer analyzer() {
        Analyzer names = RulingAnalyzer.names();
        Map<String, Analyzer> perField = new LinkedHashMap<>();
        SEARCHABLE.forEach((field, kind) -> {
            if (kind == Kind.NAME || kind == Kind.KEY) {
                perField.put(field, names);
            }
        });
        return new PerFieldAnalyzerWrapper(RulingAnalyzer.text(), perField);
    }

    /** Facets are sorted-set doc values (no taxonomy index to keep in step); a ruling cites many articles. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(ARTICLE, true);
        return config;
    }
}
