package fr.arretiste.ingest;

/** A file that cannot become a ruling; the message says why, in words a user can act on. */
public final class RejectedFileException extends Exception {
    private final String source;

    public RejectedFileException(String source, String reason, Throwable cause) {
        super(reason, cause);
        this.source = source;
    }

    public RejectedFileException(String source, String reason) {
        this(source, reason, null);
    }

    public String source() {
        return source;
    }

    public String reason() {
        return getMessage();
    }
}
