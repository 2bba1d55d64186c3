package fr.arretiste.batch;

import java.io.IOException;

import org.springframework.batch.infrastructure.item.ItemStream;

import fr.arretiste.ruling.Ruling;

/**
 * Where the import writes its rulings: the index, and the JSON Lines file. A sink is an
 * {@link ItemStream} so that the step opens and closes it with the run.
 */
public interface RulingSink extends ItemStream {
    void accept(Ruling ruling, String text) throws IOException;

    /** Ends a chunk: what was accepted is durable when this returns. */
    void commit() throws IOException;
}
