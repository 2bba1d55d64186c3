package fr.arretiste.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one input file into text with Apache Tika. Judilibre JSON exports are read directly: their
 * {@code text} field is the ruling, the other fields are metadata. Thread-safe: Tika's
 * {@link AutoDetectParser} is, and every call has its own handler and context.
 */
public final class DocumentParser {
    /** Larger than any real ruling, small enough that a runaway file cannot exhaust the heap. */
    static final int MAX_CHARS = 20_000_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AutoDetectParser tika = new AutoDetectParser();

    public ParsedDocument parse(Path file) throws RejectedFileException {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new RejectedFileException(source, "cannot read file: " + e, e);
        }
        if (bytes.length == 0) {
            throw new RejectedFileException(source, "empty file");
        }
        String sha256 = sha256(bytes);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            tika.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new RejectedFileException(source, "password-protected document", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new RejectedFileException(source, "cannot parse as " + mediaType(metadata) + ": " + rootMessage(e), e);
        }
        String mediaType = mediaType(metadata);
        String text = handler.toString();
        Map<String, String> meta = new LinkedHashMap<>();
        if (mediaType.startsWith("application/json")) {
            JsonNode export = judilibreExport(source, bytes);
            text = export.path("text").asString("");
            export.properties().forEach(e -> {
                if (!e.getKey().equals("text") && !e.getKey().equals("displayText") && e.getValue().isValueNode()) {
                    meta.put(e.getKey(), e.getValue().asString());
                } else if (e.getValue().isArray() && !e.getValue().isEmpty() && e.getValue().get(0).isValueNode()) {
                    meta.put(e.getKey(), e.getValue().get(0).asString());
                }
            });
        }
        if (text.isBlank()) {
            throw new RejectedFileException(source, "no text in " + mediaType + " document (scanned image or empty body)");
        }
        return new ParsedDocument(source, sha256, mediaType, text, meta);
    }

    private static JsonNode judilibreExport(String source, byte[] bytes) throws RejectedFileException {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (!node.isObject() || !node.path("text").isString()) {
                throw new RejectedFileException(source, "JSON document without a \"text\" field: not a Judilibre export");
            }
            return node;
        } catch (JacksonException e) {
            throw new RejectedFileException(source, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "application/octet-stream" : type;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
