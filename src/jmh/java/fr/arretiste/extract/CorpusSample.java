package fr.arretiste.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.arretiste.ingest.DocumentParser;
import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ingest.RejectedFileException;

/**
 * The rulings the benchmarks read: {@code size} plain-text rulings of corpus/, evenly spaced in
 * name order (so every court of the corpus is in). The same files on every run, so two runs measure
 * the same text. They are read as UTF-8, not with Tika, whose start would take longer than a
 * benchmark: for a .txt file Tika gives the same text (and a final newline).
 */
final class CorpusSample {
    /** The corpus folder; bin/arretiste jmh runs from the project's root. */
    private static final Path CORPUS = Path.of(System.getProperty("arretiste.corpus", "corpus"));

    private CorpusSample() {
    }

    static List<ParsedDocument> of(int size) {
        List<Path> files = textFiles();
        if (files.size() < size) {
            throw new IllegalStateException(CORPUS.toAbsolutePath() + " has " + files.size() + " .txt rulings; the benchmarks read " + size);
        }
        List<ParsedDocument> sample = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sample.add(read(files.get(i * files.size() / size)));
        }
        return sample;
    }

    private static List<Path> textFiles() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + CORPUS.toAbsolutePath(), e);
        }
    }

    private static ParsedDocument read(Path file) {
        try {
            return new ParsedDocument(file.toString(), DocumentParser.sha256(file), "text/plain", Files.readString(file), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RejectedFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
