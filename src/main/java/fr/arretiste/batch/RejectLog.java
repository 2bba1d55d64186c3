package fr.arretiste.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.batch.core.listener.SkipListener;

import fr.arretiste.ingest.RejectedFileException;

/** Logs every skipped file to {@code rejects.jsonl} with its reason: nothing is dropped silently. */
final class RejectLog implements SkipListener<Path, ParsedRuling> {
    /** One line of {@code rejects.jsonl}. */
    public record Rejection(String source, String reason) {
        /** The kind of rejection, without its details: "cannot parse as application/pdf", "not a ruling"... */
        public String kind() {
            int colon = reason.indexOf(':');
            return colon < 0 ? reason : reason.substring(0, colon);
        }
    }

    private final JsonlFile rejects;

    RejectLog(JsonlFile rejects) {
        this.rejects = rejects;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        log(t, "(listing)");
    }

    @Override
    public void onSkipInProcess(Path file, Throwable t) {
        log(t, file.toString());
    }

    private void log(Throwable t, String source) {
        Rejection rejection = t instanceof RejectedFileException r
                ? new Rejection(r.source(), r.reason()) : new Rejection(source, t.toString());
        try {
            rejects.append(rejection);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot log the rejection of " + rejection.source(), e);
        }
    }
}
