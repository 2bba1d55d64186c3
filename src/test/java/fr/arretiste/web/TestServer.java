package fr.arretiste.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

import fr.arretiste.search.SearchSamples;

/** The web server on 127.0.0.1, on a free port, over an index of {@link SearchSamples} in {@code dir}. */
record TestServer(ConfigurableApplicationContext app, URI base) implements AutoCloseable {
    static TestServer start(Path dir) throws IOException {
        Path index = dir.resolve("index");
        SearchSamples.index(index);
        ConfigurableApplicationContext app = WebApplication.start(index, "127.0.0.1", 0);
        return new TestServer(app, URI.create("http://127.0.0.1:" + WebApplication.port(app) + "/"));
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    @Override
    public void close() {
        app.close();
    }
}
