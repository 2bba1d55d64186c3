package fr.arretiste.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.Outcome;

/**
 * What a hit shows of a stored ruling, read from its JSON without building the rest (parties,
 * amounts, citations and their spans): a page of 20 hits would otherwise build 20 whole rulings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HitFields(String id, Court court, String date, List<CaseNumber> caseNumbers, Outcome outcome) {
}
