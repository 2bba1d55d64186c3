package fr.arretiste.ruling;

/** The decision under appeal or review. */
public record LowerCourt(String court, String city, String date, String number) {
}
