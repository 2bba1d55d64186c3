package fr.arretiste.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 */
final class InputFileReader implements ItemStreamReader<InputFile> {
    private static final String LAST = "input.last";

    private final List<Path> roots;
    private List<InputFile> items = List.of();
    private int next;
    private int skipped;
    private Path last;

    InputFileReader(List<Path> roots) {
        this.roots = roots;
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
        listing.files().forEach(f -> all.add(new InputFile(f, null)));
        listing.rejected().forEach(r -> all.add(new InputFile(Path.of(r.source()), r)));
        all.sort(Comparator.comparing(InputFile::path));
        items = all;
        String saved = context.getString(LAST, null);
        last = saved == null ? null : Path.of(saved);
        next = 0;
        while (last != null && next < items.size() && items.get(next).path().compareTo(last) <= 0) {
            next++;
        }
        skipped = next;
    }

    @Override
    public synchronized InputFile read() {
        if (next >= items.size()) {
            return null;
        }
        InputFile item = items.get(next++);
        last = item.path();
        return item;
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
    }
}
