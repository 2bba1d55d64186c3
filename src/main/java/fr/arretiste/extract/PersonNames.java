package fr.arretiste.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What French rulings write around people's and companies' names, shared by the party and bench
 * readers: civil titles (never part of a name), the lower-case words that do belong inside a name,
 * and a folded form of a name to compare two mentions of it.
 */
final class PersonNames {
    /** Civil and professional titles written before a name ("M.", "Mme", "Maître"...). */
    static final String TITLE = "(?:MM\\.|M\\.|Mr\\.?|Mmes|Mme\\.?|Mlle|Melle|Madame|Monsieur|Mademoiselle"
            + "|Messieurs|Mesdames|Ma[îi]tre|Me|Docteur|Dr\\.?)";
    /**
     * The full stop that ends a sentence, not the one of an abbreviated title or initial ("M. [R]",
     * "E. VET"). The dot comes first and the look-behind takes it in, so a search fails at once where
     * there is no dot (the look-behind first made it slow on every character).
     */
    static final String SENTENCE_DOT = "\\.(?<!(?:^|[\\s(])(?:M|MM|Mme|Mmes|Mlle|Me|Dr|St|n°|\\p{Lu})\\.)(?=\\s)";
    /** A title opening a text, with the spaces (or line break) after it. */
    static final Pattern LEADING_TITLE = Pattern.compile("^" + TITLE + "(?=[\\s\\[])\\s*");

    /**
     * Lower-case words that stay inside a name: particles ("Fabrice van CAUWELAERT"), the link
     * to a married or usage name ("[I] [O] épouse [R]", "[P] DIT [S] [G]").
     */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "la", "le", "les", "l'", "van",
            "von", "der", "den", "di", "da", "dos", "del", "épouse", "epouse", "ép.", "veuve", "vve", "née", "dit",
            "dite", "divorcée");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ACCENT = Pattern.compile("\\p{M}");
    private static final Pattern NOT_FOLDED = Pattern.compile("[^a-z0-9\\[\\] ]+");

    private PersonNames() {
    }

    static boolean isParticle(String token) {
        return PARTICLES.contains(token.toLowerCase(Locale.ROOT));
    }

    /** A pseudonymisation placeholder: "[W]", "[18]", "[Localité 8]". */
    static boolean isPlaceholder(String token) {
        return token.startsWith("[") && token.endsWith("]");
    }

    /** Every letter upper case, at least one letter ("MAAF", "D2L", "L'OPAC"). */
    static boolean isUpperCase(String token) {
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /**
     * Starts with a lower-case letter ("société", "agissant"), so not a word of a proper name; an
     * elided article before a capital ("d'AUTRES", "l'Isle") belongs to the name.
     */
    static boolean isLowerCaseWord(String token) {
        boolean elided = token.length() > 2 && (token.charAt(1) == '\'' || token.charAt(1) == '’')
                && Character.isUpperCase(token.charAt(2));
        return !token.isEmpty() && Character.isLowerCase(token.charAt(0)) && !elided;
    }

    /** Accents, case and punctuation removed: "Mme Emmanuèle Cardona" and "EMMANUELE CARDONA" compare equal. */
    static String fold(String s) {
        String ascii = ACCENT.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return oneLine(NOT_FOLDED.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" "));
    }

    /** The text on one line, every run of spaces and line breaks made one space. */
    static String oneLine(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** A name without the title written before it. */
    static String withoutTitle(String name) {
        return LEADING_TITLE.matcher(name.strip()).replaceFirst("").strip();
    }
}
