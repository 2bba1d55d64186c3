package fr.arretiste.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import fr.arretiste.ingest.InputFiles;

/**
 * The input, one item per file or per entry that could not be listed (unreadable folder, link
 * loop), sorted by path. Restartable by path rather than by position: the last path of each
 * committed chunk is saved, and a restart resumes after it. So a file added or deleted between a
 * crash and the restart shifts nothing: a file is never skipped, which would make the run believe
 * it left the input and remove its ruling. (One added before that path waits for the next run.)
 * Each item comes with its manifest row, looked up for a block of files at a time: the heap holds
 * the file names of the run, never the manifest of the whole corpus.
 */
final class InputFileReader implements ItemStreamReader<InputFile> {
    private static final String LAST = "input.last";
    /** Files whose manifest rows one query reads. */
    private static final int BLOCK = 500;

    private final List<Path> roots;
    private final Manifest manifest;
    /** The manifest rows of the items before {@code blockEnd}, from the block that holds {@code next}. */
    private Map<String, Manifest.Entry> block = Map.of();
    private int blockEnd;
    private List<InputFile> items = List.of();
    private int next;
    private int skipped;
    private Path last;

    InputFileReader(List<Path> roots, Manifest manifest) {
        this.roots = roots;
        this.manifest = manifest;
    }

    /** Items of the whole run. */
    synchronized int total() {
        return items.size();
    }

    /** Items read so far, earlier executions of a restarted run included. */
    synchronized int done() {
        return next;
    }

    /** Items an earlier execution of this run read: a restart's progress starts there. */
    synchronized int skipped() {
        return skipped;
    }

    @Override
    public synchronized void open(ExecutionContext context) {
        InputFiles.Listing listing;
        try {
            listing = InputFiles.under(roots);
        } catch (IOException e) {
            throw new ItemStreamException("cannot list the input " + roots, e);
        }
        List<InputFile> all = new ArrayList<>();
        listing.files().forEach(f -> all.add(new InputFile(f, null, null)));
        listing.rejected().forEach(r -> all.add(new InputFile(Path.of(r.source()), r, null)));
        all.sort(Comparator.comparing(InputFile::path));
        items = all;
        String saved = context.getString(LAST, null);
        last = saved == null ? null : Path.of(saved);
        next = 0;
        while (last != null && next < items.size() && items.get(next).path().compareTo(last) <= 0) {
            next++;
        }
        skipped = next;
        block = Map.of();
        blockEnd = next;
    }

    @Override
    public synchronized InputFile read() {
        if (next >= items.size()) {
            return null;
        }
        if (next >= blockEnd) {
            blockEnd = Math.min(next + BLOCK, items.size());
            block = manifest.find(items.subList(next, blockEnd).stream().map(f -> f.path().toString()).toList());
        }
        InputFile item = items.get(next++);
        last = item.path();
        return item.withPrevious(block.get(item.path().toString()));
    }

    @Override
    public synchronized void update(ExecutionContext context) {
        if (last != null) {
            context.putString(LAST, last.toString());
        }
    }

    @Override
    public synchronized void close() {
        items = List.of();
        block = Map.of();
    }
}
