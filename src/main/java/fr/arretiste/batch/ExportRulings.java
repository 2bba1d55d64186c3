package fr.arretiste.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.arretiste.index.CommittedIndex;

/**
 * The last step: {@code rulings.jsonl} written from the index, one line per indexed ruling in id
 * order, so that the two always agree, whatever earlier runs, restarts and removals did. Written
 * aside then moved in place: a reader (or a crash) sees the old file or the new one, never half.
 */
final class ExportRulings implements Tasklet {
    static final String RULINGS = "rulings";

    private final ImportPaths paths;

    ExportRulings(ImportPaths paths) {
        this.paths = paths;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        if (current()) {
            context.putLong(RULINGS, CommittedIndex.count(paths.index()));
            return RepeatStatus.FINISHED;
        }
        Path next = paths.rulings().resolveSibling(paths.rulings().getFileName() + ".next");
        long[] lines = {0};
        try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            CommittedIndex.forEachRuling(paths.index(), (id, json) -> {
                out.write(json);
                out.write('\n');
                lines[0]++;
            });
        }
        Files.move(next, paths.rulings(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        context.putLong(RULINGS, lines[0]);
        return RepeatStatus.FINISHED;
    }

    /**
     * Whether the file was written after the index's last commit, so holds what it holds: then an
     * incremental run that changed nothing leaves it as it is (rewriting it reads every stored ruling,
     * the bulk of such a run). Lucene writes no commit when nothing changed.
     */
    private boolean current() throws IOException {
        FileTime commit = CommittedIndex.lastCommit(paths.index());
        return commit != null && Files.exists(paths.rulings())
                && Files.getLastModifiedTime(paths.rulings()).compareTo(commit) > 0;
    }
}
