package fr.arretiste.web;

/** A request the API refuses as it is: a parameter out of bounds, a malformed id. */
final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
