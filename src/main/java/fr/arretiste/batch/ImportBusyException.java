package fr.arretiste.batch;

/** Another import or check holds the output folder ({@link OutputLock}); the message says which. */
public final class ImportBusyException extends Exception {
    public ImportBusyException(String message) {
        super(message);
    }
}
