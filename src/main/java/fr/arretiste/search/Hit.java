package fr.arretiste.search;

import java.util.List;

import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.Court;

/**
 * One ruling found: what a list of results shows, and a snippet of its text with the matches
 * between "**" (the text's own asterisks are shown as "∗", so every "**" is a mark).
 */
public record Hit(String id, Court court, String date, List<CaseNumber> caseNumbers, String outcome, float score,
        String snippet) {
}
