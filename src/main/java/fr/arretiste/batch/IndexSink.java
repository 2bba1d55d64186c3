package fr.arretiste.batch;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import fr.arretiste.index.RulingIndex;
import fr.arretiste.ruling.Ruling;

/**
 * The Lucene index as a sink: opened with the step, committed at each chunk (so it stays in step
 * with the job repository; a chunk written again after a restart is harmless, upsert being by id),
 * closed with the step.
 */
final class IndexSink implements RulingSink {
    private final Path dir;
    private RulingIndex index;

    IndexSink(Path dir) {
        this.dir = dir;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            index = RulingIndex.open(dir);
        } catch (IOException e) {
            throw new ItemStreamException("cannot open the index " + dir, e);
        }
    }

    @Override
    public void accept(Ruling ruling, String text) throws IOException {
        index.upsert(ruling, text);
    }

    @Override
    public void commit() throws IOException {
        index.commit();
    }

    @Override
    public void close() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close the index " + dir, e);
            } finally {
                index = null;
            }
        }
    }
}
