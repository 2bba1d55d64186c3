package fr.arretiste.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A path under ../shared, the folder beside the project root that holds the shared data and score.py.
 * A git worktree sits one level deeper than the main checkout, so the nearest ancestor with a shared/
 * beside it counts.
 */
public final class SharedFolder {
    private SharedFolder() {
    }

    public static Optional<Path> resolve(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir.getParent() != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
