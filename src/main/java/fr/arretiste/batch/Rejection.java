package fr.arretiste.batch;

/** One line of {@code rejects.jsonl}: a file that is not a ruling, and why. */
public record Rejection(String source, String reason) {
    /** The kind of rejection, without its details: "cannot parse as application/pdf", "not a ruling"... */
    public String kind() {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
