package fr.arretiste.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import fr.arretiste.ruling.RulingJson;

/**
 * A JSON Lines output that a restart leaves as it was at the last commit: its length is saved in
 * the step's execution context at each commit, and a restarted step truncates the file back to
 * that length before appending, so a chunk rolled back is never written twice. A new run starts
 * the file empty. Written by the step's writer only: one chunk at a time.
 */
final class JsonlFile {
    private final Path path;
    private final String bytesKey;
    private FileChannel channel;
    private Writer out;

    /** {@code name} keys the saved position in the execution context. */
    JsonlFile(String name, Path path) {
        this.path = path;
        this.bytesKey = name + ".bytes";
    }

    void open(ExecutionContext context) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.truncate(context.getLong(bytesKey, 0));
            channel.position(channel.size());
            out = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ItemStreamException("cannot open " + path, e);
        }
    }

    void append(Object record) throws IOException {
        out.write(RulingJson.mapper().writeValueAsString(record));
        out.write('\n');
    }

    void update(ExecutionContext context) {
        try {
            out.flush();
            context.putLong(bytesKey, channel.position());
        } catch (IOException e) {
            throw new ItemStreamException("cannot write " + path, e);
        }
    }

    void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close " + path, e);
            } finally {
                out = null;
            }
        }
    }
}
