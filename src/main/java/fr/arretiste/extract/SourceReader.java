package fr.arretiste.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.arretiste.extract.CitationPatterns.ABBREVIATION;
import static fr.arretiste.extract.CitationPatterns.BACK_REFERENCE;
import static fr.arretiste.extract.CitationPatterns.COLLECTIVE_AGREEMENT;
import static fr.arretiste.extract.CitationPatterns.CONNECTOR;
import static fr.arretiste.extract.CitationPatterns.CONTRACT;
import static fr.arretiste.extract.CitationPatterns.EUROPEAN_MARK;
import static fr.arretiste.extract.CitationPatterns.EUROPEAN_TEXT;
import static fr.arretiste.extract.CitationPatterns.NUMBERED_TEXT;
import static fr.arretiste.extract.CitationPatterns.OTHER_CODE;
import static fr.arretiste.extract.CitationPatterns.SPACES;
import static fr.arretiste.extract.CitationPatterns.UNNAMED_TEXT;

/**
 * Reads the name of the text that follows an article number ("du code civil", "de la loi du 6
 * juillet 1989", "CPC", "du même code", "du contrat"), or a text's name wherever it stands.
 */
final class SourceReader {
    /**
     * What follows an article, and where it ends: a text ({@code source}), a back reference to the
     * last text of a {@code family}, or (both null) a text this reader cannot name.
     */
    record Phrase(LegalSource source, String family, int end) {
    }

    private final LegalSourceTable table = new LegalSourceTable();
    private final int window = table.longestName() + 20;
    /** Enough text to see whether a name's first word starts there: folding a whole window is dearer. */
    private final int head = table.longestFirstWord();

    /** The source phrase starting at {@code at} (connector included), or null if none does. */
    Phrase after(String text, int at) {
        Matcher back = region(BACK_REFERENCE, text, at);
        if (back.lookingAt()) {
            return new Phrase(null, FoldedText.fold(back.group("family")), back.end());
        }
        Matcher connector = region(CONNECTOR, text, at);
        if (connector.lookingAt()) {
            Phrase named = named(text, connector.end(), true);
            if (named != null) {
                return named;
            }
        }
        int next = skipSpaces(text, at);
        Phrase known = known(text, next);
        return known != null ? known : abbreviation(text, next);
    }

    /** A name of the table, even without "du" before it ("articles 237 et suivants Code civil"). */
    private Phrase known(String text, int at) {
        if (!table.startsWithFirstWord(FoldedText.of(text, at, head))) {
            return null;
        }
        FoldedText folded = FoldedText.of(text, at, window);
        LegalSourceTable.Found found = table.nameAtStart(folded);
        return found == null ? null : new Phrase(found.source(), null, folded.originalEnd(found.foldedLength()));
    }

    private static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The text named at {@code at}, without connector: a name of the table, a numbered law or
     * decree, a European text, a collective agreement, or (when {@code inCitation}, i.e. right
     * after an article) a contract, a code missing from the table, an abbreviation or a text it
     * cannot name.
     */
    Phrase named(String text, int at, boolean inCitation) {
        Phrase known = known(text, at);
        if (known != null) {
            return known;
        }
        Matcher numbered = region(NUMBERED_TEXT, text, at);
        if (numbered.lookingAt() && (numbered.group("number") != null || numbered.group("date") != null
                || numbered.group("treaty") != null)) {
            return new Phrase(new LegalSource(asWritten(numbered.group()), kindOf(numbered)), null, numbered.end());
        }
        Matcher european = region(EUROPEAN_TEXT, text, at);
        if (european.lookingAt()) {
            return new Phrase(new LegalSource(asWritten(european.group()), LegalSource.EUROPEAN), null, european.end());
        }
        Matcher agreement = region(COLLECTIVE_AGREEMENT, text, at);
        if (agreement.lookingAt()) {
            return new Phrase(new LegalSource(asWritten(agreement.group()), LegalSource.OTHER), null, agreement.end());
        }
        if (!inCitation) {
            return abbreviation(text, at);
        }
        Matcher contract = region(CONTRACT, text, at);
        if (contract.lookingAt()) {
            return new Phrase(LegalSource.CONTRACT_CLAUSES, null, contract.end());
        }
        Matcher code = region(OTHER_CODE, text, at);
        if (code.lookingAt()) {
            return new Phrase(new LegalSource(asWritten(code.group()), LegalSource.CODE), null, code.end());
        }
        Phrase abbreviated = abbreviation(text, at);
        if (abbreviated != null) {
            return abbreviated;
        }
        Matcher unnamed = region(UNNAMED_TEXT, text, at);
        if (unnamed.lookingAt()) {
            String family = unnamed.group("family");
            return new Phrase(null, family == null ? null : FoldedText.fold(family), unnamed.end());
        }
        return null;
    }

    private Phrase abbreviation(String text, int at) {
        Matcher abbreviation = region(ABBREVIATION, text, at);
        if (abbreviation.lookingAt()) {
            LegalSource source = table.abbreviated(abbreviation.group());
            if (source != null) {
                return new Phrase(source, null, abbreviation.end());
            }
        }
        return null;
    }

    private static String kindOf(Matcher numbered) {
        String type = FoldedText.fold(numbered.group(numbered.group("type") != null ? "type" : "treaty"));
        if (type.startsWith("loi") || type.startsWith("ordonnance")) {
            return LegalSource.LAW;
        }
        return type.startsWith("decret") ? LegalSource.DECREE : LegalSource.OTHER;
    }

    /** A name as written, in lower case with single spaces, but the Union's "(UE)", "/CEE" as usual. */
    private static String asWritten(String name) {
        String lower = SPACES.matcher(name).replaceAll(" ").trim().toLowerCase();
        return EUROPEAN_MARK.matcher(lower).replaceAll(m -> m.group().toUpperCase());
    }

    /** A matcher from {@code at}, whose look-arounds and word boundaries still see the text before it. */
    static Matcher region(Pattern pattern, String text, int at) {
        return pattern.matcher(text).region(at, text.length()).useTransparentBounds(true);
    }
}
