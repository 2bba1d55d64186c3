package fr.arretiste.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import fr.arretiste.index.RulingIndex;

/**
 * Writes a chunk of outcomes: the manifest rows, the index, the rejects, the counts. The index is
 * committed last, then the step commits the manifest rows and its restart position in one
 * transaction. A crash between the two commits replays the chunk on restart, which is harmless:
 * every write here is idempotent (rows by source, documents by id, rejects truncated back).
 */
final class ImportWriter implements ItemStreamWriter<FileOutcome> {
    private final Path indexDir;
    private final Manifest manifest;
    private final JsonlFile rejects;
    private final long run;
    private final Map<FileOutcome.Kind, Long> counts = new EnumMap<>(FileOutcome.Kind.class);
    private RulingIndex index;

    /** {@code run} is the job instance: the manifest rows it writes or touches are the files it saw. */
    ImportWriter(Path indexDir, Manifest manifest, JsonlFile rejects, long run) {
        this.indexDir = indexDir;
        this.manifest = manifest;
        this.rejects = rejects;
        this.run = run;
    }

    @Override
    public void open(ExecutionContext context) {
        for (FileOutcome.Kind kind : FileOutcome.Kind.values()) {
            counts.put(kind, context.getLong(kind.key(), 0));
        }
        rejects.open(context);
        try {
            index = RulingIndex.open(indexDir);
        } catch (IOException e) {
            throw new ItemStreamException("cannot open the index " + indexDir, e);
        }
    }

    @Override
    public void write(Chunk<? extends FileOutcome> chunk) throws IOException {
        Set<String> dropped = new LinkedHashSet<>();
        for (FileOutcome file : chunk) {
            if (file.unchanged()) {
                manifest.touch(file.source(), run);
            } else {
                manifest.record(file.entry(), run);
            }
            if (file.droppedId() != null) {
                dropped.add(file.droppedId());
            }
            if (file.reason() != null) {
                rejects.append(new Rejection(file.source(), file.reason()));
            }
            counts.merge(file.kind(), 1L, Long::sum);
        }
        // Deletions before additions: a ruling another file of this chunk gives again stays.
        for (String id : dropped) {
            if (!manifest.references(id)) {
                index.delete(id);
            }
        }
        for (FileOutcome file : chunk) {
            if (file.parsed() != null) {
                index.upsert(file.parsed().ruling(), file.parsed().text());
            }
        }
        index.commit();
    }

    @Override
    public void update(ExecutionContext context) {
        rejects.update(context);
        counts.forEach((kind, n) -> context.putLong(kind.key(), n));
    }

    @Override
    public void close() {
        rejects.close();
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close the index " + indexDir, e);
            } finally {
                index = null;
            }
        }
    }
}
