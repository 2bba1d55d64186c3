package fr.arretiste.ruling;

/** A lawyer for a party, name without "Me", and the city of the bar (barreau). */
public record Lawyer(String name, String bar) {
}
