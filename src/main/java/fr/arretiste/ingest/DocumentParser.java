package fr.arretiste.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pkg.CompressorParser;
import org.apache.tika.parser.pkg.PackageParser;
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
    /**
     * Text beyond which a file is not one ruling (the longest of the shared rulings has 52,000
     * characters): a merged file or a runaway format. The bound also caps the memory one file takes.
     */
    static final int MAX_CHARS = 2_000_000;
    /** A Judilibre export is parsed as a whole tree, so its size is bounded apart. */
    static final long MAX_JSON_BYTES = 8L * MAX_CHARS;
    /** Control characters beyond this share of a text file make it binary data (random bytes give 10% and more). */
    private static final double BINARY_SHARE = 0.01;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Archives and compressed files: Tika would list or inflate their entries (a zip bomb inflates
     * without bound); a ruling is never one, and its files belong unpacked in the input folder.
     */
    private static final Set<MediaType> ARCHIVES = archives();

    private final AutoDetectParser tika = new AutoDetectParser();
    private final PlainTextDetector detector = new PlainTextDetector(tika.getDetector());

    public ParsedDocument parse(Path file) throws RejectedFileException {
        return parse(file, sha256(file));
    }

    /** {@code sha256} is that of the file's bytes, when the caller has already read them. */
    public ParsedDocument parse(Path file, String sha256) throws RejectedFileException {
        String source = file.toString();
        Metadata metadata = new Metadata();
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        // Streamed from the file, never held whole in memory: the heap a file takes is its text, bounded above.
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            if (in.getLength() == 0) {
                throw new RejectedFileException(source, "empty file");
            }
            MediaType detected = detector.detect(in, metadata);
            if (ARCHIVES.contains(detected.getBaseType())) {
                throw new RejectedFileException(source, "archive (" + detected.getBaseType()
                        + "): unpack its files into the input folder");
            }
            // The type just detected, given to Tika as known: it would otherwise detect it again, and sniff
            // every plain-text file for a CSV table (together a tenth of the import's CPU); a ruling is never one.
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, detected.toString());
            tika.parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new RejectedFileException(source, "password-protected document", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new RejectedFileException(source, String.format(Locale.ROOT,
                        "text longer than %,d characters: more than one ruling", MAX_CHARS), e);
            }
            if (e instanceof IOException io && metadata.get(Metadata.CONTENT_TYPE) == null) {
                throw unreadable(source, io);
            }
            String what = mediaType(metadata).equals("application/pdf") && !endsWithEof(file)
                    ? "truncated PDF (it does not end with %%EOF)" : "cannot parse as " + mediaType(metadata);
            throw new RejectedFileException(source, what + ": " + rootMessage(e), e);
        }
        String mediaType = mediaType(metadata);
        String text = handler.toString();
        if (mediaType.startsWith("text/plain") && mediaType.toLowerCase(Locale.ROOT).contains("charset=iso-8859-1")) {
            text = windows1252(file);
        }
        if (mediaType.startsWith("text/plain") && binary(text)) {
            throw new RejectedFileException(source, "binary data, not text in any encoding");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        if (mediaType.startsWith("application/json")) {
            JsonNode export = judilibreExport(file);
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

    /**
     * Word documents read as a stream (SAX) rather than built as a tree (the text is the same): a
     * zip bomb's inflated XML then flows into the text limit instead of filling the heap.
     */
    private static ParseContext context() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    /** The SHA-256 of the file's bytes, read as a stream. */
    public static String sha256(Path file) throws RejectedFileException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * A text file Tika took for Latin-1, decoded as Windows-1252 instead. The two differ only in
     * bytes 0x80 to 0x9F: control characters in Latin-1, which no text uses, and ’ “ ” œ € … in
     * Windows-1252, which French text written on Windows does. Tika names either "ISO-8859-1" and
     * loses those characters (the web's encoding standard reads that label as Windows-1252 for this
     * reason). One byte per character, so the file is no longer than the text already read.
     */
    private static String windows1252(Path file) throws RejectedFileException {
        try {
            return new String(Files.readAllBytes(file), WINDOWS_1252);
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /**
     * Whether decoded "text" is binary data: Tika takes a file named .txt for text whatever its
     * bytes, and decodes random bytes to control characters and replacement marks. Real text has
     * none but line breaks, tabs and page breaks.
     */
    static boolean binary(String text) {
        long junk = text.chars().filter(c -> c == '\uFFFD' || Character.isISOControl(c) && "\n\r\t\f".indexOf(c) < 0).count();
        return junk > text.length() * BINARY_SHARE;
    }

    /** A PDF ends with %%EOF, give or take trailing bytes (1 KB is the tolerance of readers). */
    private static boolean endsWithEof(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, 1024));
            channel.position(size - tail.capacity()).read(tail);
            return new String(tail.array(), StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return true; // unknown: no claim that it is truncated
        }
    }

    /** Why a file could not be read, in the user's terms rather than the exception's class. */
    private static RejectedFileException unreadable(String source, IOException e) {
        String why = switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "no such file (deleted during the import, or a broken link)";
            case FileSystemLoopException l -> "symbolic-link loop";
            default -> e.getMessage() != null && e.getMessage().contains("Is a directory") ? "a folder" : e.toString();
        };
        return new RejectedFileException(source, "cannot read file: " + why, e);
    }

    private static JsonNode judilibreExport(Path file) throws RejectedFileException {
        String source = file.toString();
        try {
            if (Files.size(file) > MAX_JSON_BYTES) {
                throw new RejectedFileException(source, "JSON document larger than " + MAX_JSON_BYTES / 1_000_000
                        + " MB: not one Judilibre export");
            }
            JsonNode node = JSON.readTree(Files.readAllBytes(file));
            if (!node.isObject() || !node.path("text").isString()) {
                throw new RejectedFileException(source, "JSON document without a \"text\" field: not a Judilibre export");
            }
            return node;
        } catch (JacksonException e) {
            throw new RejectedFileException(source, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static Set<MediaType> archives() {
        Set<MediaType> types = new HashSet<>(new PackageParser().getSupportedTypes(new ParseContext()));
        types.addAll(new CompressorParser().getSupportedTypes(new ParseContext()));
        return Set.copyOf(types);
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
}
