package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the name of ONE party from the text that introduces it ("S.A.S. AQUA SHOP prise en la
 * personne de son représentant légal", "Madame [W] [L]", "la société Margaux, société à
 * responsabilité limitée unipersonnelle, dont le siège..."): the name as written, without title or
 * legal form, the legal form, and whether it is a natural or a legal person.
 *
 * <p>Rules only, and independent of where the mention was found: this is the piece a trained name
 * finder may later replace.
 */
final class PartyNameReader {
    // ---- every pattern of the reader, in one place ----
    /** "Mme la PREFETE DU RHONE", "M. le procureur général...": a title, then an office, not a person. */
    private static final Pattern OFFICE = Pattern.compile("(?iu)^(?:l[ea]\\s+|l')(?=(?:pr[ée]f[eè]te?|procureure?"
            + "|directeur|directrice|pr[ée]sidente?|maire|ministre|tr[ée]sori|comptable|receveur|agent judiciaire"
            + "|garde des sceaux|b[âa]tonnier|d[ée]fenseur)\\b)");
    /**
     * Article and generic noun before a company's name ("La société ADVIVO", "la SCI LOUCHRIS", "Le
     * Syndicat"); the noun stays when the name goes on in lower case ("Société industrielle et agricole").
     */
    private static final Pattern ARTICLE = Pattern.compile("^(?:La|Le|Les|la|le|les)\\s+|^l'");
    private static final Pattern COMPANY_NOUN = Pattern.compile(
            "^(?:[Ss]oci[ée]t[ée]s?(?:\\s+de\\s+droit\\s+\\p{L}+)?|Sté|[Aa]ssociation|ASSOCIATION)\\s+(?=[\\p{Lu}\\d\\[])");
    private static final Pattern LEADING_FORM = Pattern.compile("^(" + LegalForms.ABBREVIATION + ")\\.?\\s*");
    /** A person pseudonymised with letters only: "[J] [F]", "[I] [O] épouse [R]". */
    private static final Pattern LETTER_PLACEHOLDERS = Pattern.compile(
            "^\\[[A-Z]{1,3}\\](?:[ ,]+(?:(?i:épouse|ép\\.|veuve|née|dit|dite)\\s+)?\\[[A-Z]{1,3}\\])*$");
    /** A person named without title ("Monique Dorothée", "Gérard Michel"): two to four capitalised words, none in capitals. */
    private static final Pattern GIVEN_AND_FAMILY_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{Ll}'’-]+(?:[ -]\\p{Lu}[\\p{Ll}'’-]+){1,3}$");
    /** One word, a placeholder with its spaces ("[Localité 5]") counting as one. */
    private static final Pattern TOKEN = Pattern.compile("\\[[^\\]\\n]*\\][^\\s\\[]*|\\S+");
    /** Words that open what is said about a party after its name ("prise en la personne...", "immatriculée..."). */
    private static final Set<String> DESCRIPTION = Set.of("pris", "prise", "représenté", "représentée",
            "représentés", "représentées", "représentant", "agissant", "immatriculé", "immatriculée", "immatriculee",
            "inscrit", "inscrite", "dont", "domicilié", "domiciliée", "domiciliés", "demeurant", "sis", "sise", "ayant",
            "exerçant", "venant", "recherché", "recherchée", "assisté", "assistée", "comparant", "comparante", "chez",
            "es", "ès", "és", "es-qualité", "ès-qualité", "es-qualités", "ès-qualités", "organisme", "société",
            "association", "sous", "intervenant", "intervenante", "actuellement", "a", "ont", "partie", "parties",
            "mandataire", "liquidateur");
    /** "née le 12 mars", "né à": the birth, not a maiden name. */
    private static final Pattern BIRTH_FOLLOWS = Pattern.compile("(?iu)^(?:le|à|en|au|\\d.*)$");
    private static final Pattern EN_QUALITE = Pattern.compile("(?iu)^(?:qualité|sa|son|cette|tant|la)$");

    private PartyNameReader() {
    }

    /**
     * @param text     the text that introduces the party, starting with its name
     * @param sentence true when the party is named inside a sentence (Cour de cassation), where a
     *                 company's name may hold lower-case words ("GD conseil RH") and ends at a comma
     * @return the name, or null when the text names no one
     */
    static PartyName read(String text, boolean sentence) {
        Opening o = opening(PersonNames.oneLine(text));
        List<String> tokens = tokens(o.rest());
        if (tokens.isEmpty()) {
            return null;
        }
        String first = tokens.get(0);
        boolean mixedCaseCompany = !o.person()
                && (o.office() || sentence || !(PersonNames.isUpperCase(first) || PersonNames.isPlaceholder(first)));
        List<String> name = nameTokens(tokens, !mixedCaseCompany);
        if (name.isEmpty()) {
            return null;
        }
        String form = o.form();
        String trailingForm = LegalForms.canonical(name.get(name.size() - 1));
        if (trailingForm != null && name.size() > 1) { // "Société I-NOVATIV EURL"
            name.remove(name.size() - 1);
            form = form == null ? trailingForm : form;
        }
        String written = String.join(" ", name);
        if (form == null && !o.person()) {
            form = LegalForms.described(o.rest().substring(Math.min(o.rest().length(), written.length())));
        }
        boolean natural = o.person() || (form == null && !o.office() && !o.company()
                && (LETTER_PLACEHOLDERS.matcher(written).matches() || GIVEN_AND_FAMILY_NAME.matcher(written).matches()));
        return new PartyName(written, natural ? null : form, natural ? PartyName.PHYSIQUE : PartyName.MORALE);
    }

    /** What stands before the name, taken off: a title (a person, or an office), an article, a company noun, a legal form. */
    private static Opening opening(String s) {
        Matcher title = PersonNames.LEADING_TITLE.matcher(s);
        if (title.find()) {
            String rest = s.substring(title.end());
            Matcher office = OFFICE.matcher(rest);
            return office.find() ? new Opening(rest.substring(office.end()), false, true, false, null)
                    : new Opening(rest, true, false, false, null);
        }
        String rest = ARTICLE.matcher(s).replaceFirst("");
        Matcher noun = COMPANY_NOUN.matcher(rest);
        boolean company = noun.find();
        rest = rest.substring(company ? noun.end() : 0);
        Matcher f = LEADING_FORM.matcher(rest);
        if (!f.find()) {
            return new Opening(rest, false, false, company, null);
        }
        String form = LegalForms.canonical(f.group(1));
        rest = COMPANY_NOUN.matcher(rest.substring(f.end())).replaceFirst("");
        Matcher again = LEADING_FORM.matcher(rest); // "S.C.I. SCI ADYA", not "S.D.C. SDC DE L'ENSEMBLE..."
        if (again.find() && form.equals(LegalForms.canonical(again.group(1)))
                && !PersonNames.isParticle(rest.substring(again.end()).split(" ")[0])) {
            rest = rest.substring(again.end());
        }
        return new Opening(rest, false, false, true, form);
    }

    /** The text after what opens a party's mention, and what that opening said of the party. */
    private record Opening(String rest, boolean person, boolean office, boolean company, String form) {
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The words of the name: up to a comma, a word that opens a description, or — for a name in
     * capitals or a person's name — the first lower-case word that is no particle.
     */
    private static List<String> nameTokens(List<String> tokens, boolean endsAtLowerCase) {
        List<String> name = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            boolean comma = token.endsWith(",") || token.endsWith(";") || token.endsWith(":");
            String word = comma ? token.substring(0, token.length() - 1) : token;
            boolean describes = opensDescription(word, next) && (!name.isEmpty() || PersonNames.isLowerCaseWord(word));
            if (word.isEmpty() || describes
                    || (word.startsWith("(") && !PersonNames.isUpperCase(word))
                    || (endsAtLowerCase && PersonNames.isLowerCaseWord(word) && !PersonNames.isParticle(word))) {
                break;
            }
            name.add(word);
            if (comma && !(PersonNames.isPlaceholder(word) && next.startsWith("["))) {
                break;
            }
        }
        while (!name.isEmpty() && isDangling(name.get(name.size() - 1))) {
            name.remove(name.size() - 1);
        }
        return name;
    }

    private static boolean opensDescription(String word, String next) {
        if (word.length() > 1 && PersonNames.isUpperCase(word)) {
            return false; // a word in capitals belongs to the name ("SOCIETE CIVILE IMMOBILIERE ...")
        }
        String w = word.toLowerCase(Locale.ROOT);
        return DESCRIPTION.contains(w)
                || ((w.equals("né") || w.equals("née")) && BIRTH_FOLLOWS.matcher(next).matches())
                || (w.equals("en") && EN_QUALITE.matcher(next).matches())
                || (w.equals("au") && next.toLowerCase(Locale.ROOT).startsWith("capital"));
    }

    private static boolean isDangling(String word) {
        return word.equals("-") || word.equals("&") || word.equalsIgnoreCase("et")
                || (PersonNames.isParticle(word) && !PersonNames.isUpperCase(word));
    }
}
