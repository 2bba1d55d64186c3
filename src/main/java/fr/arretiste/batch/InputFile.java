package fr.arretiste.batch;

import java.nio.file.Path;

import fr.arretiste.ingest.RejectedFileException;

/** One item of the import: a file to analyse, or an entry of the input that could not be listed, with why. */
record InputFile(Path path, RejectedFileException unlisted) {
}
