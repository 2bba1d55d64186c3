package fr.arretiste.extract;

import java.util.List;

import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.LowerCourt;

/** What identifies the decision, read mostly from its entête. */
public record Heading(Court court, String chamber, String date, String decisionType,
        List<CaseNumber> caseNumbers, List<LowerCourt> lowerCourt) {
}
