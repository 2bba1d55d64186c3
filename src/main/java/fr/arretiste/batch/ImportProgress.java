package fr.arretiste.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import fr.arretiste.ruling.RulingJson;

/**
 * What the user sees of a run: a progress line on standard error every few seconds (files done
 * out of the total, rate), then the summary, also written as {@code report.json}.
 */
final class ImportProgress implements StepExecutionListener, ItemReadListener<Path>, ItemWriteListener<ParsedRuling> {
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final ImportPaths paths;
    private final InputFileReader files;
    private final JsonlFile rulings;
    private final JsonlFile rejects;
    private final PrintStream err;
    private long start;
    private long lastLine;
    private long done;
    private long bytes;

    ImportProgress(ImportPaths paths, InputFileReader files, JsonlFile rulings, JsonlFile rejects, PrintStream err) {
        this.paths = paths;
        this.files = files;
        this.rulings = rulings;
        this.rejects = rejects;
        this.err = err;
    }

    @Override
    public void beforeStep(StepExecution step) {
        start = System.nanoTime();
        lastLine = start;
    }

    @Override
    public void afterRead(Path file) {
        done++;
        try {
            bytes += Files.size(file);
        } catch (IOException e) {
            // the processor will reject the file with the reason; its size only feeds the rate
        }
    }

    @Override
    public void onReadError(Exception e) {
        done++;
    }

    @Override
    public void afterWrite(Chunk<? extends ParsedRuling> chunk) {
        long now = System.nanoTime();
        if (now - lastLine >= EVERY_NANOS) {
            lastLine = now;
            double seconds = (now - start) / 1e9;
            err.printf("import: %d/%d files, %.1f files/s, %.2f MB/s%n", files.done(), files.total(),
                    done / seconds, bytes / 1e6 / seconds);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        try {
            rejects.commit();
            ImportSummary summary = ImportSummary.of(step.getStatus().toString(), failure(step), paths, rulings.lines(),
                    readRejections(), step.getWriteCount(), bytes, (System.nanoTime() - start) / 1e9);
            err.print(summary.text());
            Files.createDirectories(paths.output());
            Files.writeString(paths.report(), RulingJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + paths.report(), e);
        }
        return step.getExitStatus();
    }

    /** The root cause of the first failure, which says more than the framework's wrappers. */
    private static String failure(StepExecution step) {
        if (step.getFailureExceptions().isEmpty()) {
            return null;
        }
        Throwable root = step.getFailureExceptions().getFirst();
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private List<RejectLog.Rejection> readRejections() throws IOException {
        if (!Files.exists(rejects.path())) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(rejects.path())) {
            return lines.limit(rejects.lines()) // those of a chunk rolled back are not counted
                    .map(l -> RulingJson.mapper().readValue(l, RejectLog.Rejection.class)).toList();
        }
    }
}
