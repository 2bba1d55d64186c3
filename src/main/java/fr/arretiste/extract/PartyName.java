package fr.arretiste.extract;

/** A party's name as read from the text that introduces it, its legal form and its kind. */
record PartyName(String name, String legalForm, String kind) {
    static final String MORALE = "personne_morale";
    static final String PHYSIQUE = "personne_physique";
}
