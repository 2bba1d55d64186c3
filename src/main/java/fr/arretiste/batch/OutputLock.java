package fr.arretiste.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One import (or check) at a time on an output folder, across processes: an operating-system lock
 * on {@code .import.lock} in it, taken before anything opens the index or the job repository. The
 * system releases it when its holder ends, killed or not, so a crash never leaves it stale. The
 * file says who holds it, for the message a second run gets.
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or says who has it. {@code what} is what the holder is doing ("import"...). */
    public static OutputLock acquire(Path output, String what) throws IOException, ImportBusyException {
        Files.createDirectories(output);
        Path file = output.resolve(".import.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very process holds it
        }
        if (lock == null) {
            String holder = Files.readString(file).strip();
            channel.close();
            throw new ImportBusyException("another import or check is running on " + output
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + ": wait for it to end, or use another --index folder");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(String.format("%s by process %d since %s%n", what, ProcessHandle.current().pid(),
                Instant.now()).getBytes(StandardCharsets.UTF_8)), 0);
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            channel.truncate(0);
            lock.release();
        }
    }
}
