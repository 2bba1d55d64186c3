package fr.arretiste.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

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
    private final ExecutorService indexers;

    /**
     * {@code run} is the job instance, recorded in the manifest rows of the files it analyses.
     * {@code indexers} add the chunk's documents to the index.
     */
    ImportWriter(Path indexDir, Manifest manifest, JsonlFile rejects, long run, ExecutorService indexers) {
        this.indexDir = indexDir;
        this.manifest = manifest;
        this.rejects = rejects;
        this.run = run;
        this.indexers = indexers;
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
        List<Manifest.Entry> recorded = new ArrayList<>();
        Set<String> dropped = new LinkedHashSet<>();
        List<ParsedRuling> rulings = new ArrayList<>();
        for (FileOutcome file : chunk) {
            if (!file.unchanged()) {
                recorded.add(file.entry());
            }
            if (file.droppedId() != null) {
                dropped.add(file.droppedId());
            }
            if (file.reason() != null) {
                rejects.append(new Rejection(file.source(), file.reason()));
            }
            if (file.parsed() != null) {
                rulings.add(file.parsed());
            }
            counts.merge(file.kind(), 1L, Long::sum);
        }
        manifest.record(recorded, run);
        // Deletions before additions: a ruling another file of this chunk gives again stays.
        for (String id : dropped) {
            if (!manifest.references(id)) {
                index.delete(id);
            }
        }
        add(rulings);
        index.commit();
    }

    /**
     * Lucene analyses a document in the thread that adds it: the chunk's documents are added on
     * every core, by the step's processing threads, idle while it writes. Then each thread writes one
     * of the in-memory segments those adds filled, which the commit would otherwise write one by one.
     */
    private void add(List<ParsedRuling> rulings) throws IOException {
        onEveryCore(rulings.stream().<Callable<Void>>map(r -> () -> {
            index.upsert(r.ruling(), r.text());
            return null;
        }).toList());
        onEveryCore(Collections.nCopies(ImportJobConfig.CORES, () -> {
            index.flushBuffer();
            return null;
        }));
    }

    private void onEveryCore(List<Callable<Void>> tasks) throws IOException {
        try {
            for (Future<Void> done : indexers.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
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
