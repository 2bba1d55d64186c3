package fr.arretiste.batch;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import fr.arretiste.ingest.InputFiles;
import fr.arretiste.ingest.RejectedFileException;

/**
 * The input files, one item each, in {@link InputFiles}' stable sorted order. What could not be
 * listed (unreadable folder, link loop) comes first, thrown by {@code read()} so that the step's
 * skip policy records it like any other rejected file. Restartable: the superclass saves the
 * number of items read at each commit, and a restart goes straight back to that position (which
 * assumes the folders did not change in between: a file added meanwhile is for the next run).
 */
final class InputFileReader extends AbstractItemCountingItemStreamItemReader<Path> {
    private final List<Path> roots;
    private List<RejectedFileException> unlisted = List.of();
    private List<Path> files = List.of();

    InputFileReader(List<Path> roots) {
        this.roots = roots;
        setName("inputFiles");
    }

    /** Items in this run: files plus what could not be listed. */
    int total() {
        return unlisted.size() + files.size();
    }

    /** Items read so far, earlier executions of a restarted run included. */
    int done() {
        return Math.min(getCurrentItemCount(), total()); // the count goes one past the end when read() says there is no more
    }

    @Override
    protected void doOpen() throws Exception {
        InputFiles.Listing listing = InputFiles.under(roots);
        unlisted = listing.rejected();
        files = listing.files();
    }

    @Override
    protected Path doRead() throws RejectedFileException {
        int item = getCurrentItemCount() - 1; // the superclass counts the item before reading it
        if (item < unlisted.size()) {
            throw unlisted.get(item);
        }
        return item < total() ? files.get(item - unlisted.size()) : null;
    }

    /** The listing is in memory: restarting at an item is only setting the count, which the superclass does. */
    @Override
    protected void jumpToItem(int itemIndex) {
    }

    @Override
    protected void doClose() {
        unlisted = List.of();
        files = List.of();
    }
}
