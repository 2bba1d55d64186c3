package fr.arretiste.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * What the user sees while the files are imported, on standard error: how many there are (and
 * where a resumed run resumes), then a progress line every few seconds (files done out of the
 * total, rate). The bytes read are left in the step's context for
 * the report's rate.
 */
final class ImportProgress implements StepExecutionListener, ItemReadListener<InputFile>, ItemWriteListener<FileOutcome> {
    static final String BYTES = "progress.bytes";
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final InputFileReader files;
    private final PrintStream err;
    private long start;
    private long lastLine;
    private long bytes;
    private boolean started;

    ImportProgress(InputFileReader files, PrintStream err) {
        this.files = files;
        this.err = err;
    }

    @Override
    public void beforeStep(StepExecution step) {
        start = System.nanoTime();
        lastLine = start;
    }

    /** Once the input is listed: how much there is to do. */
    @Override
    public void beforeRead() {
        if (!started) {
            started = true;
            err.printf("import: %d files%s%n", files.total(),
                    files.skipped() > 0 ? ", resuming after the " + files.skipped() + " an interrupted run committed" : "");
        }
    }

    @Override
    public void afterRead(InputFile file) {
        try {
            bytes += file.unlisted() == null ? Files.size(file.path()) : 0;
        } catch (IOException e) {
            // the processor rejects the file with the reason; its size only feeds the rate
        }
    }

    @Override
    public void afterWrite(Chunk<? extends FileOutcome> chunk) {
        long now = System.nanoTime();
        if (now - lastLine >= EVERY_NANOS) {
            lastLine = now;
            double seconds = (now - start) / 1e9;
            err.printf("import: %d/%d files, %.1f files/s, %.2f MB/s%n", files.done(), files.total(),
                    (files.done() - files.skipped()) / seconds, bytes / 1e6 / seconds);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        step.getExecutionContext().putLong(BYTES, bytes);
        return step.getExitStatus();
    }
}
