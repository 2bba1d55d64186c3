package fr.arretiste.ruling;

/** A number identifying the case at this court: {@code rg}, {@code portalis}, {@code pourvoi}, {@code minute} or {@code autre}. */
public record CaseNumber(String kind, String value) {
}
