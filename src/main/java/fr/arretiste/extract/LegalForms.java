package fr.arretiste.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal forms of French companies, as rulings write them: abbreviated before the name
 * ("S.A.S.", "SARL", glued in "S.A.S.DEROSSI") or spelt out after it ("société par actions
 * simplifiée"). {@link #canonical} gives the form without dots ("SAS").
 */
final class LegalForms {
    /**
     * An abbreviated form. Dotted spellings end with their own dot, so they may be glued to the
     * name; plain ones must end at a non-letter ("SA LE CREDIT LOGEMENT", not "SAINT").
     * Longest first, so that "S.A.S.U." is not read as "S.A.".
     */
    static final String ABBREVIATION = "(?:"
            + "S\\.A\\.S\\.U\\.|S\\.A\\.S\\.|S\\.A\\.R\\.L\\.|S\\.E\\.L\\.A\\.R\\.L\\.|S\\.E\\.L\\.A\\.S\\.|E\\.U\\.R\\.L\\."
            + "|S\\.C\\.I\\.|S\\.C\\.P\\.|S\\.N\\.C\\.|S\\.D\\.C\\.|S\\.C\\.E\\.A\\.|S\\.C\\.M\\.|S\\.A\\."
            + "|(?:SASU|SAS|SARL|SELARL|SELAS|SELAFA|SELEURL|SELCA|EURL|SCI|SCP|SCPA|SNC|SDC|SCEA|SCM|GAEC|GIE|SEM|SA)"
            + "(?![\\p{L}\\d]))";

    /** The lawyers' own firms: an SCP or SELARL named alone stands for the lawyer. */
    static final String LAW_FIRM = "(?:S\\.C\\.P\\.|S\\.E\\.L\\.A\\.R\\.L\\.|S\\.E\\.L\\.A\\.S\\.|"
            + "(?:SCP|SCPA|SELARL|SELAS|SELAFA|SELEURL|SELCA|AARPI|SARL|SAS)(?![\\p{L}\\d]))";
    private static final Pattern WHOLE_LAW_FIRM = Pattern.compile(LAW_FIRM);
    /** Every spelling of {@link #LAW_FIRM} holds one of these. */
    private static final List<String> LAW_FIRM_WORDS = List.of("S.", "SCP", "SEL", "SARL", "SAS", "AARPI");

    private static final Pattern WHOLE_ABBREVIATION = Pattern.compile(ABBREVIATION + "\\.?");

    /** A form spelt out, each with the abbreviation it stands for; most specific first. */
    private static final Pattern DESCRIBED = Pattern.compile("(?iu)\\b(?:"
            + "(?<SASU>soci[ée]t[ée] par actions? simplifi[ée]e unipersonnelle)"
            + "|(?<SAS>soci[ée]t[ée] par actions? simplifi[ée]e)"
            + "|(?<EURL>soci[ée]t[ée] [àa] responsabilit[ée] limit[ée]e unipersonnelle"
            + "|entreprise unipersonnelle [àa] responsabilit[ée] limit[ée]e)"
            + "|(?<SELARL>soci[ée]t[ée] d'exercice lib[ée]ral [àa] responsabilit[ée] limit[ée]e)"
            + "|(?<SELAS>soci[ée]t[ée] d'exercice lib[ée]ral par actions? simplifi[ée]e)"
            + "|(?<SARL>soci[ée]t[ée] [àa] responsabilit[ée] limit[ée]e)"
            + "|(?<SCI>soci[ée]t[ée] civile immobili[èe]re)"
            + "|(?<SCP>soci[ée]t[ée] civile professionnelle)"
            + "|(?<SNC>soci[ée]t[ée] en nom collectif)"
            + "|(?<SA>soci[ée]t[ée] anonyme))");
    private static final String[] DESCRIBED_FORMS = {"SASU", "SAS", "EURL", "SELARL", "SELAS", "SARL", "SCI", "SCP",
            "SNC", "SA"};

    private LegalForms() {
    }

    /** True for a word that is a law firm's form ("SCP", "SELARL"), which no lawyer's name contains. */
    static boolean isLawFirm(String word) {
        return WHOLE_LAW_FIRM.matcher(word).matches();
    }

    /** False when the text cannot hold a {@link #LAW_FIRM}: a quick test before a pattern that needs one. */
    static boolean mayHoldLawFirm(String text) {
        return LAW_FIRM_WORDS.stream().anyMatch(text::contains);
    }

    /** "S.A.S." and "SAS" give "SAS"; null when the token is no legal form. */
    static String canonical(String token) {
        if (token == null || !WHOLE_ABBREVIATION.matcher(token).matches()) {
            return null;
        }
        return token.replace(".", "").toUpperCase(Locale.ROOT);
    }

    /** The first form spelt out in the text ("..., société anonyme, dont le siège..." gives "SA"), or null. */
    static String described(String text) {
        Matcher m = DESCRIBED.matcher(text);
        if (!m.find()) {
            return null;
        }
        for (String form : DESCRIBED_FORMS) {
            if (m.group(form) != null) {
                return form;
            }
        }
        return null;
    }
}
