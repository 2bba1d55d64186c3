package fr.arretiste.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.arretiste.index.SampleRulings.Sample;
import fr.arretiste.ruling.Outcome;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;

class RulingIndexTest {
    @TempDir
    Path dir;

    @Test
    void writesOneDocumentPerRulingWithItsExtractionStored() throws IOException {
        SampleRulings.index(dir);

        assertEquals(3, documents());
        assertEquals(SampleRulings.douai().ruling(), stored(SampleRulings.DOUAI));
    }

    @Test
    void upsertReplacesTheDocumentOfTheSameId() throws IOException {
        SampleRulings.index(dir);
        Ruling douai = SampleRulings.douai().ruling();
        Ruling reextracted = new Ruling(douai.id(), "elsewhere/" + douai.source(), douai.sha256(), douai.mediaType(),
                douai.court(), douai.chamber(), douai.date(), douai.decisionType(), douai.caseNumbers(),
                douai.lowerCourt(), douai.parties(), douai.judges(), douai.clerk(), douai.amounts(),
                douai.citations(), new Outcome("confirmation", null), douai.zones());

        try (RulingIndex index = RulingIndex.open(dir)) {
            index.upsert(reextracted, SampleRulings.douai().text());
        }

        assertEquals(3, documents());
        assertEquals(reextracted, stored(SampleRulings.DOUAI));
    }

    @Test
    void deleteRemovesOnlyThatRuling() throws IOException {
        SampleRulings.index(dir);

        try (RulingIndex index = RulingIndex.open(dir)) {
            index.delete(SampleRulings.DIJON);
            index.delete("no-such-ruling");
        }

        assertEquals(2, documents());
        assertEquals(0, count(SampleRulings.DIJON));
    }

    @Test
    void changesAreVisibleAfterCommitWhileTheIndexStaysOpen() throws IOException {
        try (RulingIndex index = RulingIndex.open(dir)) {
            Sample sample = SampleRulings.cassation();
            index.upsert(sample.ruling(), sample.text());
            index.commit();

            assertEquals(1, documents());
        }
    }

    private int documents() throws IOException {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    private int count(String id) throws IOException {
        return read(searcher -> searcher.count(new TermQuery(new Term(RulingFields.ID, id))));
    }

    private Ruling stored(String id) throws IOException {
        return read(searcher -> {
            int doc = searcher.search(new TermQuery(new Term(RulingFields.ID, id)), 1).scoreDocs[0].doc;
            return RulingJson.read(searcher.storedFields().document(doc).get(RulingFields.JSON));
        });
    }

    private <T> T read(IOFunction<IndexSearcher, T> query) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return query.apply(new IndexSearcher(reader));
        }
    }
}
