package fr.arretiste.web;

/** The body of every error the API answers: one message for a person, the status says the rest. */
public record ApiError(String error) {
}
