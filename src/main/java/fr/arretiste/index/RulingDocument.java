package fr.arretiste.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.CitedArticle;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.Judge;
import fr.arretiste.ruling.Lawyer;
import fr.arretiste.ruling.Party;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;

/** The Lucene document of one ruling (facet fields still to be built by {@link RulingFields#facetsConfig()}). */
final class RulingDocument {
    /**
     * Full text: analysed, stored, and with offsets in the postings so that the UnifiedHighlighter
     * finds the matches' characters without analysing the text again.
     */
    private static final FieldType TEXT_TYPE = textType();

    private final Document doc = new Document();

    private RulingDocument() {
    }

    static Document of(Ruling ruling, String text) {
        RulingDocument d = new RulingDocument();
        d.identity(ruling, text);
        d.court(ruling.court(), ruling.chamber());
        d.date(ruling.date());
        each(ruling.caseNumbers()).forEach(d::caseNumber);
        each(ruling.parties()).forEach(d::party);
        each(ruling.judges()).stream().map(Judge::name).forEach(name -> d.name(RulingFields.JUDGE, name));
        each(ruling.amounts()).forEach(d::amount);
        each(ruling.citations()).forEach(d::article);
        if (ruling.outcome() != null && present(ruling.outcome().solution())) {
            d.key(RulingFields.OUTCOME, ruling.outcome().solution());
            d.facet(RulingFields.OUTCOME, ruling.outcome().solution());
        }
        return d.doc;
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private void identity(Ruling ruling, String text) {
        // KeywordField: an exact, stored term, the one updateDocument and get(id) look up.
        doc.add(new KeywordField(RulingFields.ID, ruling.id(), Field.Store.YES));
        // Stored only, never searched: the whole extraction for show and for the hits.
        doc.add(new StoredField(RulingFields.JSON, RulingJson.write(ruling)));
        doc.add(new Field(RulingFields.TEXT, text, TEXT_TYPE));
    }

    private void court(Court court, String chamber) {
        if (court != null) {
            // Kind and name in one name field: court:cour_cassation, court:"Cour d'appel de Douai" and court:douai all match.
            name(RulingFields.COURT, court.kind());
            name(RulingFields.COURT, court.name());
            name(RulingFields.CITY, court.city());
            facet(RulingFields.COURT, present(court.name()) ? court.name() : court.kind());
        }
        name(RulingFields.CHAMBER, chamber);
    }

    private void date(String date) {
        if (!present(date)) {
            return;
        }
        try {
            // IntField: a point for date ranges and a doc value for sorting by date; epoch days fit an int.
            doc.add(new IntField(RulingFields.DATE, RulingFields.dateValue(LocalDate.parse(date)), Field.Store.NO));
            facet(RulingFields.YEAR, date.substring(0, 4));
        } catch (DateTimeParseException e) {
            // a malformed date from an extractor leaves the ruling without date rather than out of the index
        }
    }

    private void caseNumber(CaseNumber number) {
        if (RulingFields.SEARCHABLE.get(number.kind()) == RulingFields.Kind.KEY) {
            key(number.kind(), number.value());
        }
    }

    private void party(Party party) {
        name(RulingFields.PARTY, party.name());
        each(party.lawyers()).stream().map(Lawyer::name).forEach(name -> name(RulingFields.LAWYER, name));
    }

    private void amount(Amount amount) {
        // DoubleField, one per mention: multi-valued points for amount ranges. Sums in francs are left
        // out, since amount:[10000 TO 50000] means euros.
        if (amount.value() != null && (amount.currency() == null || amount.currency().equals("EUR"))) {
            doc.add(new DoubleField(RulingFields.AMOUNT, amount.value().doubleValue(), Field.Store.NO));
        }
    }

    private void article(CitedArticle citation) {
        if (!present(citation.article())) {
            return;
        }
        // Two keys: the article with its source ("700 code de procédure civile") and the bare article ("700").
        key(RulingFields.ARTICLE, citation.article());
        if (present(citation.source())) {
            String full = citation.article() + " " + citation.source();
            key(RulingFields.ARTICLE, full);
            facet(RulingFields.ARTICLE, full);
        } else {
            facet(RulingFields.ARTICLE, citation.article());
        }
    }

    /** StringField: an exact normalised term, indexed only; these fields are neither sorted nor faceted on. */
    private void key(String field, String value) {
        if (present(value)) {
            doc.add(new StringField(field, Keys.of(field, value), Field.Store.NO));
        }
    }

    /** TextField under the name analyzer: the whole name as a phrase, or one of its words, matches. */
    private void name(String field, String value) {
        if (present(value)) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    /** Sorted-set doc values read by the facet counts; the label is shown as written. */
    private void facet(String dim, String label) {
        doc.add(new SortedSetDocValuesFacetField(dim, label.strip()));
    }

    /** A list the extraction left out is an empty one. */
    private static <T> List<T> each(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
