package fr.arretiste.batch;

import java.util.Locale;
import java.util.Set;

import fr.arretiste.ingest.RejectedFileException;
import fr.arretiste.ruling.Ruling;

/**
 * Whether what extraction made of a file is a ruling at all. The text must be French: a decision
 * of a French court is, and a text in another language (a foreign judgment, a translation) is not
 * for this index even where an extractor found a date or a number in it. Then a decision names its
 * court, its date or its case number, so a file where none of the three was found (a note, a
 * listing, a scanned cover page) is rejected rather than indexed as an empty ruling. A decision also
 * decides: a text with neither a date nor a dispositif (a note about rulings that cites a court and an
 * RG number, such as the corpus's own SOURCES.md) is not one either.
 */
public final class RulingCheck {
    static final String NOT_A_RULING = "not a ruling: no court, no date and no case number found";
    static final String NOT_FRENCH = "not a ruling: the text is not in French";
    static final String DECIDES_NOTHING = "not a ruling: no date and no dispositif found";

    /**
     * Function words frequent in any French text and rare in the neighbouring languages (so not
     * "la", "de", "il", "l'" or "d'", which Spanish or Italian share). They are 10% to 29% of
     * the words of the shared rulings; 2% of an Italian text, none of an English one.
     */
    private static final Set<String> FRENCH_WORDS = Set.of("le", "les", "des", "du", "et", "est", "une", "qui", "dans",
            "pour", "par", "sur", "au", "aux", "pas", "ne", "cette", "sont", "avec", "qu", "à", "ou", "été");
    /** Half the lowest share of the shared rulings: a wide margin on both sides. */
    private static final double MIN_FRENCH_SHARE = 0.05;
    /** Below this many words the share says nothing; the field check decides. */
    private static final int MIN_WORDS = 30;
    /** A longer word is none of {@link #FRENCH_WORDS}, so it is counted without being copied and looked up. */
    private static final int MAX_FRENCH_WORD = FRENCH_WORDS.stream().mapToInt(String::length).max().orElseThrow();

    private RulingCheck() {
    }

    public static Ruling requireRuling(Ruling ruling, String text) throws RejectedFileException {
        if (!french(text)) {
            throw new RejectedFileException(ruling.source(), NOT_FRENCH);
        }
        boolean noCaseNumber = ruling.caseNumbers() == null || ruling.caseNumbers().isEmpty();
        if (ruling.court() == null && ruling.date() == null && noCaseNumber) {
            throw new RejectedFileException(ruling.source(), NOT_A_RULING);
        }
        if (ruling.date() == null && (ruling.zones() == null || ruling.zones().dispositif() == null)) {
            throw new RejectedFileException(ruling.source(), DECIDES_NOTHING);
        }
        return ruling;
    }

    static boolean french(String text) {
        int words = 0;
        int french = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            words++;
            if (i - start <= MAX_FRENCH_WORD && FRENCH_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                french++;
            }
        }
        return words < MIN_WORDS || french >= MIN_FRENCH_SHARE * words;
    }
}
