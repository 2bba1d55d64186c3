package fr.arretiste.batch;

import fr.arretiste.ingest.RejectedFileException;
import fr.arretiste.ruling.Ruling;

/**
 * Whether what extraction made of a file is a ruling at all: a decision names its court, its date
 * or its case number, so a file where none of the three was found (a note, a listing, a scanned
 * cover page) is rejected rather than indexed as an empty ruling.
 */
public final class RulingCheck {
    static final String NOT_A_RULING = "not a ruling: no court, no date and no case number found";

    private RulingCheck() {
    }

    public static Ruling requireRuling(Ruling ruling) throws RejectedFileException {
        boolean noCaseNumber = ruling.caseNumbers() == null || ruling.caseNumbers().isEmpty();
        if (ruling.court() == null && ruling.date() == null && noCaseNumber) {
            throw new RejectedFileException(ruling.source(), NOT_A_RULING);
        }
        return ruling;
    }
}
