package fr.arretiste.search;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** For a test class that searches the {@link SearchSamples}: an index of them, and a searcher open on it. */
abstract class SearchSamplesIndex {
    @TempDir
    static Path dir;
    static RulingSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        SearchSamples.index(dir);
        searcher = RulingSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }
}
