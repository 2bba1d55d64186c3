package fr.arretiste.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import fr.arretiste.index.RulingFields;

class FacetCounterTest {
    /** Court, year and articles of each ruling; each line is a segment of its own, so ordinals differ between them. */
    private static final List<List<Row>> SEGMENTS = List.of(
            List.of(new Row("Cour d'appel de Douai", "2022", "700", "1240"), new Row("Cour d'appel de Dijon", "2024", "700")),
            List.of(new Row("Cour d'appel de Douai", "2024", "1231-1"), new Row("Cour de cassation", "2024")),
            List.of(new Row("Cour d'appel de Dijon", "2022", "700", "1240")));

    private record Row(String court, String year, String... articles) {
    }

    @Test
    void countsEveryMatchAndRanksValuesByCountThenLabel() throws IOException {
        // Douai and Dijon both have two rulings: the label order breaks the tie, as Lucene's facet counts do
        assertEquals(Map.of(
                RulingFields.COURT, List.of(new FacetCount("Cour d'appel de Dijon", 2), new FacetCount("Cour d'appel de Douai", 2)),
                RulingFields.YEAR, List.of(new FacetCount("2024", 3), new FacetCount("2022", 2)),
                RulingFields.ARTICLE, List.of(new FacetCount("700", 3), new FacetCount("1240", 2))),
                facets(new MatchAllDocsQuery(), 2, 5));
    }

    @Test
    void leavesOutTheDimensionsNoMatchHas() throws IOException {
        assertEquals(Map.of(
                RulingFields.COURT, List.of(new FacetCount("Cour de cassation", 1)),
                RulingFields.YEAR, List.of(new FacetCount("2024", 1))),
                facets(new TermQuery(new Term("id", "1-1")), 10, 1));
    }

    private static Map<String, List<FacetCount>> facets(Query query, int limit, long matches) throws IOException {
        try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, RulingFields.facetsConfig());
            FacetCounter counter = new FacetCounter(state);
            FacetCounter.Counts counts = new SlicedSearcher(reader).search(query, counter);
            assertEquals(matches, counts.matches());
            return counter.top(counts, RulingFields.FACETS, limit);
        }
    }

    private static Directory index() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        FacetsConfig config = RulingFields.facetsConfig();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int s = 0; s < SEGMENTS.size(); s++) {
                for (int r = 0; r < SEGMENTS.get(s).size(); r++) {
                    Row ruling = SEGMENTS.get(s).get(r);
                    Document doc = new Document();
                    doc.add(new StringField("id", s + "-" + r, StringField.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField(RulingFields.COURT, ruling.court()));
                    doc.add(new SortedSetDocValuesFacetField(RulingFields.YEAR, ruling.year()));
                    for (String article : ruling.articles()) {
                        doc.add(new SortedSetDocValuesFacetField(RulingFields.ARTICLE, article));
                    }
                    writer.addDocument(config.build(doc));
                }
                writer.commit();
            }
        }
        return dir;
    }
}
