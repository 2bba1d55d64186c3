package fr.arretiste.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import fr.arretiste.ruling.Ruling;

/**
 * The Lucene index of rulings, one document per ruling id. API agreed between the index and the
 * batch job; the body is written with the index.
 */
public final class RulingIndex implements Closeable {
    private RulingIndex() {
    }

    /** Opens (creating if needed) the index in {@code dir} for writing. */
    public static RulingIndex open(Path dir) throws IOException {
        throw new UnsupportedOperationException("STUB: index not written yet");
    }

    /** Adds the ruling, or replaces the document that has the same id. {@code text} is its full text. */
    public void upsert(Ruling ruling, String text) throws IOException {
        throw new UnsupportedOperationException("STUB");
    }

    /** Removes the ruling with this id, if any. */
    public void delete(String id) throws IOException {
        throw new UnsupportedOperationException("STUB");
    }

    /** Makes every change so far durable and visible to new searchers. */
    public void commit() throws IOException {
        throw new UnsupportedOperationException("STUB");
    }

    @Override
    public void close() throws IOException {
    }
}
