package fr.arretiste.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.arretiste.index.RulingIndex;
import fr.arretiste.ingest.InputFiles;

/**
 * The step after the files: a file the manifest knows but the input no longer holds has left it,
 * so its ruling leaves the index (unless another file still gives it) and its row the manifest.
 * The input is listed again rather than every row marked as seen during the run: an unchanged file
 * then costs the run no write at all.
 * The index is committed before the step's transaction removes the rows: a crash in between
 * replays the step, which finds the same rows and deletes the same ids again, harmlessly.
 */
final class RemoveMissing implements Tasklet {
    static final String REMOVED = "removed";
    static final String REMOVED_SOURCES = "removed.sources";
    /** The report names this many removed files at most; the count is always exact. */
    private static final int MAX_NAMED = 1000;

    private final ImportPaths paths;
    private final Manifest manifest;

    RemoveMissing(ImportPaths paths, Manifest manifest) {
        this.paths = paths;
        this.manifest = manifest;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
            throws IOException {
        InputFiles.Listing listing = InputFiles.under(paths.inputs());
        Set<String> present = new HashSet<>();
        listing.files().forEach(f -> present.add(f.toString()));
        listing.rejected().forEach(r -> present.add(r.source()));
        List<Manifest.Entry> gone = manifest.notAmong(present);
        gone.forEach(e -> manifest.delete(e.source()));
        List<String> removed = new ArrayList<>();
        try (RulingIndex index = RulingIndex.open(paths.index())) {
            for (Manifest.Entry e : gone) {
                if (e.rulingId() != null) {
                    removed.add(e.source());
                    if (!manifest.references(e.rulingId())) {
                        index.delete(e.rulingId());
                    }
                }
            }
        }
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putLong(REMOVED, removed.size());
        context.put(REMOVED_SOURCES, new ArrayList<>(removed.subList(0, Math.min(removed.size(), MAX_NAMED))));
        return RepeatStatus.FINISHED;
    }
}
