package fr.arretiste.ingest;

import java.util.Map;

/**
 * What ingest makes of one input file: its text as Tika (or the Judilibre export) gives it, the
 * media type, the SHA-256 of its bytes and whatever metadata the format carries
 * (Judilibre exports: {@code decision_date}, {@code jurisdiction}, {@code chamber}, {@code number}...).
 */
public record ParsedDocument(String source, String sha256, String mediaType, String text, Map<String, String> metadata) {
}
