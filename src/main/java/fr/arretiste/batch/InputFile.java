package fr.arretiste.batch;

import java.nio.file.Path;

import fr.arretiste.ingest.RejectedFileException;

/**
 * One item of the import: a file to analyse, or an entry of the input that could not be listed, with
 * why; {@code previous} is what the last run that saw it made of it (null for a new file).
 */
record InputFile(Path path, RejectedFileException unlisted, Manifest.Entry previous) {
    InputFile withPrevious(Manifest.Entry entry) {
        return new InputFile(path, unlisted, entry);
    }
}
