package fr.arretiste.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The input files under the given files and folders, recursively, in a stable (sorted) order.
 * Nothing is dropped silently: what cannot be listed (unreadable folder, symbolic-link loop)
 * comes back as a rejection with its reason.
 */
public final class InputFiles {
    private InputFiles() {
    }

    public record Listing(List<Path> files, List<RejectedFileException> rejected) {
    }

    public static Listing under(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        List<RejectedFileException> rejected = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new IOException("no such file or folder: " + root);
            }
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String reason = e instanceof FileSystemLoopException
                                    ? "symbolic-link loop" : "cannot read: " + e.getClass().getSimpleName();
                            rejected.add(new RejectedFileException(file.toString(), reason, e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }
        files.sort(null);
        return new Listing(files, rejected);
    }
}
