package fr.arretiste.ruling;

/** A magistrate who decides, with the function the ruling gives ("président de chambre", "conseiller"). */
public record Judge(String name, String function) {
}
