package fr.arretiste.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

import fr.arretiste.ruling.Ruling;

/**
 * The Lucene index of rulings, one document per ruling id. Thread-safe: the import job's workers
 * share one instance, as they share Lucene's IndexWriter.
 */
public final class RulingIndex implements Closeable {
    private final IndexWriter writer;
    private final FacetsConfig facets = RulingFields.facetsConfig();

    private RulingIndex(IndexWriter writer) {
        this.writer = writer;
    }

    /** Opens (creating if needed) the index in {@code dir} for writing. */
    public static RulingIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(RulingFields.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new RulingIndex(new IndexWriter(FSDirectory.open(dir), config));
    }

    /** Adds the ruling, or replaces the document that has the same id. {@code text} is its full text. */
    public void upsert(Ruling ruling, String text) throws IOException {
        writer.updateDocument(idTerm(ruling.id()), facets.build(RulingDocument.of(ruling, text)));
    }

    /** Removes the ruling with this id, if any. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(idTerm(id));
    }

    /**
     * Writes one in-memory segment to disk, in the calling thread: threads that call this together
     * write the segments in parallel, leaving the commit little to write. False if none was pending.
     */
    public boolean flushBuffer() throws IOException {
        return writer.flushNextBuffer();
    }

    /** Makes every change so far durable and visible to new searchers. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Commits what is pending, then releases the index and its write lock. */
    @Override
    public void close() throws IOException {
        try (var directory = writer.getDirectory()) {
            writer.close();
        }
    }

    private static Term idTerm(String id) {
        return new Term(RulingFields.ID, id);
    }
}
