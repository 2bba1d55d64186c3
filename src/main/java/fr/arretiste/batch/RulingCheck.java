package fr.arretiste.batch;

import fr.arretiste.ingest.RejectedFileException;
import fr.arretiste.ruling.Ruling;

/**
 * Whether what extraction made of a file is a ruling at all: a decision names its court, its date
 * or its case number, so a file where none of the three was found (a note, a listing, a scanned
 * cover page) is rejected rather than indexed as an empty ruling. A decision also decides: a text
 * with neither a date nor a dispositif (a note about rulings that cites a court and an RG number,
 * such as the corpus's own SOURCES.md) is not one either.
 */
public final class RulingCheck {
    static final String NOT_A_RULING = "not a ruling: no court, no date and no case number found";
    static final String DECIDES_NOTHING = "not a ruling: no date and no dispositif found";

    private RulingCheck() {
    }

    public static Ruling requireRuling(Ruling ruling) throws RejectedFileException {
        boolean noCaseNumber = ruling.caseNumbers() == null || ruling.caseNumbers().isEmpty();
        if (ruling.court() == null && ruling.date() == null && noCaseNumber) {
            throw new RejectedFileException(ruling.source(), NOT_A_RULING);
        }
        if (ruling.date() == null && (ruling.zones() == null || ruling.zones().dispositif() == null)) {
            throw new RejectedFileException(ruling.source(), DECIDES_NOTHING);
        }
        return ruling;
    }
}
