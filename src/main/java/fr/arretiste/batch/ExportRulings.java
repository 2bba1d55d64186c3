package fr.arretiste.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
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
        contribution.getStepExecution().getExecutionContext().putLong(RULINGS, lines[0]);
        return RepeatStatus.FINISHED;
    }
}
