package fr.arretiste.ruling;

/** The decision's own answer ({@code solution}) and the text of its dispositif. */
public record Outcome(String solution, String dispositif) {
}
