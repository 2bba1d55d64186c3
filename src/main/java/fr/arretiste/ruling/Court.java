package fr.arretiste.ruling;

/** The court that renders the decision. {@code kind} is one of the schema's court kinds. */
public record Court(String kind, String name, String city) {
}
