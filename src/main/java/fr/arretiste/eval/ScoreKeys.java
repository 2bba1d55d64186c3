package fr.arretiste.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys score.py compares values by (fold, party_key, names_match, rg_norm, pourvoi_norm, art_norm,
 * chamber_norm) and the stem records and inputs are matched by. Ported to agree with it character for
 * character: where Python's {@code re} and {@code str} differ from Java's (Unicode {@code \s} and
 * {@code \d}, {@code strip()}, {@code split()}, {@code os.path.splitext}), the Python meaning is spelled out.
 */
final class ScoreKeys {
    /** Python's {@code \s} and {@code str.isspace()}: Java's White_Space plus the separators U+001C..U+001F. */
    private static final String PY_SPACE =
            "[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
    private static final Pattern SPACES = Pattern.compile(PY_SPACE + "+");
    private static final Pattern EDGE_SPACES = Pattern.compile("\\A" + PY_SPACE + "+|" + PY_SPACE + "+\\z");
    /** What NFKD leaves outside ASCII (the accents it splits off, and letters with no ASCII form) is dropped. */
    private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7f]");
    /** fold() keeps letters, digits, the brackets of pseudonymised names ([W]) and the slash of numbers. */
    private static final Pattern NOT_KEPT = Pattern.compile("[^a-z0-9\\[\\]/ ]+");
    /** Legal forms, spelt out or as folded initials ("s a r l"), that party_key drops from a folded name. */
    private static final Pattern LEGAL_FORM = Pattern.compile("\\b(s ?a ?s ?u?|s ?a ?r ?l|s ?a|e ?u ?r ?l|s ?c ?i|s ?n ?c"
            + "|s ?e ?l ?a ?r ?l|s ?e ?l ?a ?s|s ?c ?p|s ?d ?c|societe|association|sasu|sarl|sas|sa|eurl|sci|snc"
            + "|selarl|selas|scp)\\b");
    /** An RG number "21/01153" wherever it sits in the value; Python's \d is any Unicode decimal digit. */
    private static final Pattern RG = Pattern.compile("(\\p{Nd}{2})" + PY_SPACE + "*/" + PY_SPACE + "*(\\p{Nd}{5})");
    private static final Pattern NOT_ASCII_DIGIT = Pattern.compile("[^0-9]");
    /** "L. 1111-8" -> "L1111-8": a dot is dropped only after a one-letter code prefix. */
    private static final Pattern ARTICLE_PREFIX =
            Pattern.compile("^([LRDA])" + PY_SPACE + "*\\." + PY_SPACE + "*", Pattern.CASE_INSENSITIVE);
    /** "3eme", "2e", "1er" -> the number (chamber_norm works on folded, hence ASCII, text). */
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(e|eme|ieme|er)\\b");
    private static final Pattern CHAMBER_FILLER =
            Pattern.compile("\\b(chambre|ch|section|sect|civile|de la|des|la|le|du|cour)\\b");
    /** lowerCourt dates count only when they start like an ISO date. */
    private static final Pattern YEAR_FIRST = Pattern.compile("\\p{Nd}{4}-");

    private ScoreKeys() {
    }

    /** fold(): accents off (NFKD, then non-ASCII dropped), lower case, punctuation to spaces, spaces collapsed. */
    static String fold(String s) {
        String ascii = NON_ASCII.matcher(Normalizer.normalize(orEmpty(s), Normalizer.Form.NFKD)).replaceAll("");
        return collapse(NOT_KEPT.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" "));
    }

    static String partyKey(String name) {
        return collapse(LEGAL_FORM.matcher(fold(name)).replaceAll(" "));
    }

    /** Same party when one key contains the other ("MAAF ASSURANCES" in "S.A. MAAF ASSURANCES"). */
    static boolean namesMatch(String a, String b) {
        String ka = partyKey(a);
        String kb = partyKey(b);
        return !ka.isEmpty() && !kb.isEmpty() && (ka.contains(kb) || kb.contains(ka));
    }

    static String rgNorm(String value) {
        var m = RG.matcher(orEmpty(value));
        return m.find() ? m.group(1) + "/" + m.group(2) : fold(value);
    }

    static String pourvoiNorm(String value) {
        return NOT_ASCII_DIGIT.matcher(orEmpty(value)).replaceAll("");
    }

    /** L.1111-8, L 1111-8 -> L1111-8; 1635 bis P -> 1635BISP; 13.1 stays 13.1. */
    static String articleNorm(String article) {
        String a = ARTICLE_PREFIX.matcher(strip(orEmpty(article))).replaceFirst("$1");
        return SPACES.matcher(a).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The words of a chamber that tell it apart: "1ère chambre civile" and "Première chambre" both give [1]. */
    static List<String> chamberNorm(String chamber) {
        String s = fold(chamber).replace("premiere", "1").replace("1ere", "1").replace("1re", "1");
        s = ORDINAL.matcher(s).replaceAll("$1");
        return split(CHAMBER_FILLER.matcher(s).replaceAll(" "));
    }

    /** judges.recall: two names share a folded word. */
    static boolean shareWord(String a, String b) {
        Set<String> words = new HashSet<>(split(fold(a)));
        return split(fold(b)).stream().anyMatch(words::contains);
    }

    static boolean startsWithYear(String date) {
        return YEAR_FIRST.matcher(date).lookingAt();
    }

    /** os.path.splitext(os.path.basename(path))[0]: a name's leading dots never start an extension. */
    static String stem(String path) {
        String name = orEmpty(path).substring(orEmpty(path).lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        boolean onlyDotsBefore = name.substring(0, Math.max(dot, 0)).chars().allMatch(c -> c == '.');
        return dot < 0 || onlyDotsBefore ? name : name.substring(0, dot);
    }

    /** Python's str.strip(). */
    static String strip(String s) {
        return EDGE_SPACES.matcher(s).replaceAll("");
    }

    private static String collapse(String s) {
        return strip(SPACES.matcher(s).replaceAll(" "));
    }

    /** Python's str.split(): the words between runs of spaces, none empty. */
    private static List<String> split(String s) {
        String t = strip(s);
        return t.isEmpty() ? List.of() : Arrays.asList(SPACES.split(t));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
