package fr.arretiste.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised form of a keyword value, the same whether it is indexed or typed in a query:
 * lower case, accents and typographic apostrophes folded, spaces collapsed, plus a rule per field
 * so that the ways people write one value meet.
 */
public final class Keys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Case numbers compare on letters and digits only: "21/01153" and "21-01153", "24-14.647" and "24-14647". */
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    /** An article's letter prefix written apart ("L. 1111-8") is glued to its number, as GUIDELINES.md normalises it. */
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("^([a-z]{1,2})[.\\s]+(?=\\d)");
    /** Outcome labels are snake case ("cassation_partielle"); "cassation partielle" means the same. */
    private static final Pattern LABEL_SEPARATORS = Pattern.compile("[\\s-]+");

    private Keys() {
    }

    public static String of(String field, String value) {
        String folded = fold(value);
        return switch (field) {
            case RulingFields.RG, RulingFields.POURVOI, RulingFields.PORTALIS ->
                    NOT_ALPHANUMERIC.matcher(folded).replaceAll("");
            case RulingFields.ARTICLE -> ARTICLE_PREFIX.matcher(folded).replaceFirst("$1");
            case RulingFields.OUTCOME -> LABEL_SEPARATORS.matcher(folded).replaceAll("_");
            default -> folded;
        };
    }

    private static String fold(String value) {
        String unaccented = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        String lower = unaccented.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return SPACES.matcher(lower).replaceAll(" ").strip();
    }
}
