package fr.arretiste.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where the trained models live and how they are read: the folder named by the system property
 * {@code arretiste.models}, else {@code models/} in the working directory, else the copy packaged
 * in the jar (so the command line works from anywhere). A model is read once and shared: OpenNLP
 * models are immutable and thread-safe, only the tools built over them are not.
 */
public final class ModelFiles {
    /** The system property naming the folder of the models. */
    public static final String PROPERTY = "arretiste.models";
    private static final String REBUILD = "; run `bin/arretiste train` to rebuild it";
    private static final ConcurrentMap<String, Object> CACHE = new ConcurrentHashMap<>();

    private final Path folder;
    private final boolean packaged;

    /**
     * @param folder   the folder looked in first
     * @param packaged whether the copy in the jar is read when the folder has none
     */
    public ModelFiles(Path folder, boolean packaged) {
        this.folder = folder;
        this.packaged = packaged;
    }

    /** The models of this run: {@code -Darretiste.models=DIR}, else ./models, then the jar's. */
    public static ModelFiles standard() {
        return new ModelFiles(folder(), true);
    }

    /** The folder models are written to and read from first. */
    public static Path folder() {
        return Path.of(System.getProperty(PROPERTY, "models"));
    }

    /** Reads one model; the shared copy of {@link #standard()} is read once per process. */
    public static <T> T shared(String file, Reader<T> reader) {
        @SuppressWarnings("unchecked")
        T model = (T) CACHE.computeIfAbsent(folder().toAbsolutePath() + "/" + file,
                key -> standard().read(file, reader));
        return model;
    }

    /**
     * Reads {@code file}, or fails with a message that names it and says how to rebuild it.
     *
     * @throws IllegalStateException when the file is missing or is not a model of that kind
     */
    public <T> T read(String file, Reader<T> reader) {
        Path path = folder.resolve(file);
        boolean inFolder = Files.isRegularFile(path);
        String where = inFolder ? path.toString() : "/models/" + file + " (packaged)";
        if (!inFolder && (!packaged || ModelFiles.class.getResource("/models/" + file) == null)) {
            throw new IllegalStateException("model file " + path + " is missing" + REBUILD);
        }
        try (InputStream in = inFolder ? Files.newInputStream(path) : ModelFiles.class.getResourceAsStream("/models/" + file)) {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("model file " + where + " is corrupt or not a model of the expected kind ("
                    + e.getMessage() + ")" + REBUILD, e);
        }
    }

    /** How a model is read from its bytes (an OpenNLP model constructor). */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }
}
