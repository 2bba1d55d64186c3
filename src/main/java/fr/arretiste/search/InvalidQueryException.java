package fr.arretiste.search;

/** A query or filter that cannot be read; the message says what is wrong, in one line. */
public final class InvalidQueryException extends IllegalArgumentException {
    InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
