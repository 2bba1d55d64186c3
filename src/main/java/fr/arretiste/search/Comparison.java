package fr.arretiste.search;

import java.math.BigDecimal;
import java.util.List;

import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.LowerCourt;
import fr.arretiste.ruling.Party;

/** Rulings side by side: one column each, in the order asked, and the provisions they cite. */
public record Comparison(List<Column> rulings, List<Provision> provisions) {

    /**
     * One ruling: who decided what and when, between whom, the sums claimed against the sums
     * granted ({@link AmountRoles}), each sum once however many times the ruling mentions it.
     */
    public record Column(String id, Court court, String chamber, String date, String decisionType,
            List<CaseNumber> caseNumbers, List<LowerCourt> lowerCourt, String outcome, List<Party> parties,
            List<Amount> claimed, BigDecimal totalClaimed, List<Amount> granted, BigDecimal totalGranted) {
    }

    /** A provision and the ids of the rulings that cite it; {@code inAll} when every ruling compared does. */
    public record Provision(String article, String source, List<String> citedBy, boolean inAll) {
    }
}
