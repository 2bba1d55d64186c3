package fr.arretiste.ruling;

import java.util.List;

/**
 * A party to this instance. {@code kind} is {@code personne_morale} or {@code personne_physique};
 * {@code role} one of the schema's roles (appelant, intime, demandeur...).
 */
public record Party(String name, String legalForm, String kind, String role, List<Lawyer> lawyers) {
}
