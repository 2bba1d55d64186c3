package fr.arretiste.extract;

import java.util.List;

import fr.arretiste.ruling.Judge;

/** The magistrates who decide and the clerk (greffier) who signs. */
public record Bench(List<Judge> judges, String clerk) {
}
