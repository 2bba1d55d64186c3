package fr.arretiste.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every regular expression of the amount extractor, in one place. They run on the cleaned text
 * ({@link TextCleaner}: no-break spaces are plain spaces, apostrophes are ASCII), case-insensitively
 * unless said otherwise; those that read the role of a sum run on it with line breaks as spaces
 * ({@link Clauses#matcher}). Those that find sums run over the whole text, so each comes with a guard of
 * where its matches can start ({@link GuardedPattern}, {@link MatchStarts}).
 */
final class AmountRules {
    private AmountRules() {
    }

    /** Unicode classes, so that \\b and \\w know accented letters ("condamné"). */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    // ---- finding sums -------------------------------------------------------------------------

    /**
     * A figure: thousands grouped by a space, a line break or a dot ("17 370", "260.840.262", the slip "7. 622"),
     * or not grouped ("2500"); then cents after a comma ("7 528,32", the slip "12.503, 47") or after a
     * dot when two digits end it ("5620.60"). A minus glued to the figure keeps the sign. Not after
     * another digit or its separator, so a date or a number before it is not read into it (but
     * "8%,800 euros" is a sum).
     */
    private static final String FIGURE =
            "(?<!\\d)(?<!\\d[.,])(?<!\\d\\. )(?<sign>-(?=\\d))?(?<int>\\d{1,3}(?:(?:\\. ?| ?\\n| )\\d{3})+(?!\\d)|\\d+)"
                    + "(?<cents>,(?: (?=\\d\\d\\b))?\\d{1,2}(?!\\d)|\\.\\d{2}(?!\\d))?";

    /** Between a figure and its currency: a space, or a line wrapped there ("16.200 \\neuros"). */
    private static final String GAP = "(?: ?\\n ?| )?";

    /** "million(s) d'euros", "milliards de francs": a figure or words times a big unit. */
    private static final String SCALE = "(?<scale>millions?|milliards?) (?:d'|de )";

    /**
     * The currency written after the figure: euro words, the sign, thousands or millions of euros (k€,
     * M€), the ISO codes, francs (French, Pacific, CFA, Swiss), dollars, pounds.
     */
    private static final String CURRENCY_AFTER = "(?<cur>€|euros?\\b|eur\\b|k€|m€|francs? (?:cfp|cfa|suisses?)\\b"
            + "|f ?cfp\\b|f ?cfa\\b|francs?\\b|frf\\b|xpf\\b|xof\\b|chf\\b|usd\\b|dollars?\\b|\\$|£|gbp\\b|livres? sterling\\b)";

    /** The first chars of SCALE and CURRENCY_AFTER: a figure is a sum only when one of them follows it. */
    private static final String SCALE_OR_CURRENCY_INITIALS = "m€ekfxcud$£gl";

    /** The ISO code of each currency word; euros otherwise. The more specific names come first. */
    static final Map<Pattern, String> CURRENCY_CODES = currencyCodes(
            "(?:francs? |f ?)cfp|xpf", "XPF",
            "(?:francs? |f ?)cfa|xof", "XOF",
            "francs? suisses?|chf", "CHF",
            "francs?|frf", "FRF",
            "dollars?|usd|\\$", "USD",
            "livres? sterling|gbp|£", "GBP");

    /** A figure followed by its currency ("17 370 euros", "629.200€", "1,5 million d'euros", "56 EUR"). */
    static final GuardedPattern FIGURE_THEN_CURRENCY = MatchStarts.figureThenCurrency(
            Pattern.compile(FIGURE + GAP + "(?:" + SCALE + ")?" + CURRENCY_AFTER, FLAGS), SCALE_OR_CURRENCY_INITIALS);

    /** The signs and codes written before a figure. */
    private static final List<String> CODES_BEFORE = List.of("€", "eur", "usd", "$", "gbp", "£", "chf");

    /** The sign or code before the figure ("€ 500", "EUR 1.000", "$ 200"), not after a letter, when nothing follows it; a code is a whole word. */
    static final GuardedPattern CURRENCY_THEN_FIGURE = MatchStarts.words(Pattern.compile("(?<![\\p{L}])(?<cur>"
            + CODES_BEFORE.stream().map(code -> Pattern.quote(code) + (Character.isLetter(code.charAt(0)) ? "\\b" : ""))
                    .collect(Collectors.joining("|"))
            + ") ?" + FIGURE + "(?! ?(?:€|euros?\\b|eur\\b|%))", FLAGS), CODES_BEFORE);

    /** French number words. */
    private static final String NUMBER_WORDS = "un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
            + "|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?";

    /** The number words without their plural s: a sum in words starts with one. */
    private static final List<String> NUMBER_WORD_STEMS = Pattern.compile("\\|").splitAsStream(NUMBER_WORDS)
            .map(word -> word.replace("s?", "")).toList();

    /** One number word, a whole word. */
    private static final String NUMBER_WORD = "(?<![\\p{L}])(?:" + NUMBER_WORDS + ")(?![\\p{L}])";

    /** A sum in words, number words joined by spaces, hyphens or "et": "un euro", "un million d'euros", "deux cents francs". */
    static final GuardedPattern WORDS_THEN_CURRENCY = MatchStarts.words(Pattern.compile("(?<![\\p{L}])(?<words>" + NUMBER_WORD
            + "(?:(?: et | |-)" + NUMBER_WORD + ")*) (?:d'|de )?(?<cur>euros?|francs?)\\b", FLAGS),
            NUMBER_WORD_STEMS);

    /** A sum in words that restates in brackets the figure just before it: "12 736,01 euros (douze mille...": no new mention. */
    static final Pattern RESTATED = Pattern.compile("^ ?\\( ?$");

    /** One number word, to read a sum in words. */
    static final Pattern NUMBER_WORD_TOKEN = Pattern.compile(NUMBER_WORD, FLAGS);

    /** The word that makes a bare figure a sum. */
    private static final String SUM_WORD = "somme";

    /**
     * A bare figure that the sentence makes a sum ("la somme de 2 243,09 à titre d'indemnité"): only
     * when the next word is a link word or punctuation, so "la somme de 166 m2 x 20 €" is no sum.
     */
    static final GuardedPattern BARE_SUM = MatchStarts.words(Pattern.compile("\\b" + SUM_WORD
            + "s? (?:totale |globale |principale |forfaitaire )?de " + FIGURE
            + "(?= ?(?:[,;.)]|$|(?:à|au|aux|en|pour|outre|avec|et|ou|soit|correspondant|majorée|augmentée"
            + "|assortie|sur|par)\\b))", FLAGS | Pattern.MULTILINE), List.of(SUM_WORD));

    /** A tax mention right after the sum: "17 370 euros TTC", "300 euros HT", "hors taxes". */
    static final Pattern TAX = Pattern.compile(" ?\\(?(?:(?<ttc>TTC|T\\.T\\.C\\.?|toutes taxes comprises)"
            + "|(?<ht>HT|H\\.T\\.?|hors taxes?))(?![\\p{L}])", FLAGS);

    // ---- the role of a sum: markers of its purpose, right after it or earlier in its clause ----

    /**
     * Irrecoverable costs: article 700 CPC (with the OCR slips "articie", "articIe"), its usual names,
     * and its equivalents in the other procedures (article 37 of the 1991 law, 475-1 and 618-1 CPP, L. 761-1 CJA).
     */
    private static final String IRRECOVERABLE_COSTS = "\\b(?:art(?:i[a-z]{2,3})?\\.? ?700\\b"
            + "|700 du (?:code de procédure civile|c\\.?p\\.?c)|frais (?:irrépétibles?|non répétibles)"
            + "|non (?:compris|inclus) dans les dépens|indemnités? de procédure|article 37 (?:alinéa 2 )?de la loi"
            + "|(?:475|618)-1\\b|L\\.? ?761-1\\b)";

    /** Costs after the sum ("en frais de greffe", "au titre des dépens"), not the separate "et les entiers dépens". */
    private static final String COSTS_AFTER = "\\b(?:(?:au titre des|de|des|en|pour|représentant les|correspondant aux)"
            + " (?:frais et )?dépens\\b|frais de greffe|frais de procédure|frais d'expertise|rémunération de l'expert"
            + "|(?:frais et )?honoraires de l'expert)";

    /** A substantive purpose (damages, principal, rent, fees...). */
    private static final String OWN = "\\b(?:dommages|réparation|indemnisation|principal|préjudice"
            + "|loyers?|indemnité d'occupation|arriéré|facture|solde|restitution|honoraires)";

    /** Irrecoverable costs named anywhere (earlier in a clause, in the sentence before "à ce titre"). */
    static final Pattern ARTICLE_700 = Pattern.compile(IRRECOVERABLE_COSTS, FLAGS);

    /**
     * The purpose written after a sum; the first one met is the sum's: irrecoverable costs, costs, or
     * a substantive purpose of its own (then neither an article 700 named earlier in its clause nor the
     * purpose of the next sum is its own: "133 567 euros en réparation..., outre une indemnité de procédure de").
     */
    static final Pattern PURPOSE_AFTER = Pattern.compile("(?<a700>" + IRRECOVERABLE_COSTS + ")|(?<costs>" + COSTS_AFTER
            + ")|(?<own>" + OWN + ")", FLAGS);

    /** Costs named before the sum: "les dépens, dont frais de greffe taxés et liquidés à", "consigner une provision". */
    static final Pattern DEPENS_BEFORE = Pattern.compile("(?:dépens|frais de greffe)[^.;]{0,80}?\\b(?:taxés|taxes"
            + "|liquidés|arrêtés|s'élevant)\\b|frais de greffe|\\bconsign(?:er|e|ée|ation)\\b", FLAGS);

    /** "à ce titre": the purpose was named in the sentence before. */
    static final Pattern THIS_PURPOSE = Pattern.compile("\\bà ce titre\\b", FLAGS);

    // ---- the role of a sum: who says it, read from the nearest verb before it ------------------

    /**
     * The cues, one named group per kind; the cue nearest before the sum wins.
     * <ul>
     * <li>{@code grant}: a court orders or grants (this one, or the lower one as recalled: "a condamné",
     * "alloue", "fait droit à la demande", "qu'en condamnant"); the verbs that a party may also be the author
     * of are no cue when followed by another author ("la mise à prix fixée par le créancier à") or by a
     * provision ("les seuils fixés à l'article D. 641-10");</li>
     * <li>{@code claim}: a party asks ("demande", "sollicite", "aux fins de", "commandement de payer",
     * "a déclaré une créance"), or the court refuses what was asked ("déboute", "rejette");</li>
     * <li>{@code infinitive}: "condamner", "allouer"... a party's request, unless the court says
     * "il convient de" before it ({@link #COURT_MODAL});</li>
     * <li>{@code weak}: the noun "condamnation", used only when no other cue is found.</li>
     * </ul>
     * Each starts a word: the regex is tried at word starts only (it is run over every clause with a sum).
     */
    static final GuardedPattern CUE = MatchStarts.wordStart(Pattern.compile("(?<grant>\\b(?:fai(?:t|re|sant) droit (?:à|a) (?:la |sa |leur |cette )?demandes?"
            + "|accueill\\w*|allocation|devra (?:payer|verser|régler|rembourser)|sous astreinte|portant injonction|enjoin\\w*"
            + "|(?:condamn|allou|ordonn|octroy)(?:e|é|ée|és|ées|ent|ons|ant)|octroie|réduite?s?|ramenée?s?"
            + "|(?:être|sera|seront|est|sont) évaluée?s?"
            + "|(?:(?:accord|fix)(?:e|é|ée|és|ées|ent|ant)|retenue?s?)(?! par (?:le |la |l'|les )?(?!tribunal|juge|cour|premier"
            + "|conseil|commission|jugement|décision|ordonnance|arrêt)| (?:à l'article|aux articles)))\\b)"
            + "|(?<claim>\\b(?:demand(?:e|es|ent|ait|aient|é|ée|és|ées|er)|sollicit\\w*|réclam\\w*|prétentions?"
            + "|pri(?:e|ent|ait) (?:la cour|le tribunal|le juge)|conclu(?:t|ent|ait) (?:à|au|aux)|aux fins|(?:afin|pour) d'obtenir|pour obtenir"
            + "|tendant (?:à|au|aux)|débout\\w*|rejet(?:te|tent|é|ée|és|ées|er)?|irrecevables?"
            + "|offr(?:e|ent|ait|ant)(?! de (?:prêt|crédit|financement))"
            + "|mise? en demeure[^;\\n]{0,150}?(?:payer|régler|s'acquitter|paiement)|commandements?|en paiement"
            + "|ne saurait excéder|revendiqu\\w*|déclaration de créance|déclar\\w*(?:,? \\S+){0,6}? créance)\\b)"
            + "|(?<infinitive>\\b(?:condamner|allouer|accorder|fixer|octroyer|ramener|réduire|limiter|ordonner|liquider|évaluer)\\b)"
            + "|(?<weak>\\bcondamnations?\\b)", FLAGS));

    /**
     * The court speaking: "il convient de condamner", "il y a lieu d'allouer", "il est équitable de fixer",
     * "en décidant d'allouer", or, at the Cour de cassation, the judgment under review ("fait grief à
     * l'arrêt de le condamner", "pour limiter la condamnation à..., l'arrêt retient").
     */
    static final Pattern COURT_MODAL = Pattern.compile("\\b(?:convient|y a lieu|échet|équitable|équité|grief|reproche|décid\\w*)\\b"
            + "|\\bpour (?:(?:la|le|les|l'|lui|leur) ?)?$", FLAGS);

    /**
     * A fact that the sum measures, named right before it (a loan, a price, a rent, a capital, a salary):
     * "un prêt d'un montant de", "la mise à prix, fixée par le créancier à", "au capital de".
     */
    static final Pattern FACT = Pattern.compile("\\b(?:prêts?|capital|loyers?|prix|salaires?|rémunérations?|revenus?|valeur)\\b"
            + "(?:(?!euros?\\b|€)[^;]){0,60}?(?:\\bde|d'|\\bà|\\()\\s*$", FLAGS);

    /** A head of damage... */
    private static final String DAMAGE_HEAD = "\\b(?:préjudices?|souffrances endurées|déficit fonctionnel)\\b";

    /** ...which the court values in its reasons: named in a list's heading... */
    static final Pattern DAMAGE = Pattern.compile(DAMAGE_HEAD, FLAGS);

    /** ...or right before the sum ("le préjudice esthétique temporaire pour un montant de"). */
    static final Pattern DAMAGE_VALUED = Pattern.compile(DAMAGE_HEAD
            + "[^.;]{0,40}? pour (?:un montant de|la somme de|une somme de) ?$", FLAGS);

    /** Sums paid and claimed back: their first purpose (article 700...) is not the role of the mention. */
    static final Pattern RESTITUTION = Pattern.compile("\\brestitu\\w*", FLAGS);

    /** Two sums given in parallel to two beneficiaries share the purpose named after the second. */
    static final Pattern PAIRED = Pattern.compile("\\bet (?:à|au|aux|celle|la même)\\b", FLAGS);

    // ---- clauses --------------------------------------------------------------------------------

    /** The bullets of list items: dash, star, dot, quote. */
    private static final String BULLETS = "[\\-*•·.'\"»]";

    /** A list item or a clause that reads on from a heading line ("- la somme de", "soit", ". 800 euros"). */
    static final Pattern CONTINUES_HEADING = Pattern.compile("^(?:\\s|" + BULLETS + ")*(?:la|le|les|l'|une?|des|du|de|d'|aux?|à"
            + "|soit|dont|outre|en|pour|sur|selon|\\d)(?![\\p{L}])", FLAGS);

    /**
     * An item that holds its own request or holding ("à défaut, dire et juger que", "en tout état de
     * cause, condamner"): a verb at its start or after a comma, so it does not read on from the heading.
     */
    static final Pattern VERB_LED = Pattern.compile("(?:^|[,;:]|\\bet\\b)(?:\\s|" + BULLETS + ")*(?:\\p{L}+(?:er|ir|re)|dit)\\b", FLAGS);

    /** A new head of a dispositif after a sum ("..., en ce qu'il a dit"): the sum's purpose is not read past it. */
    static final Pattern NEXT_HEAD = Pattern.compile("\\ben ce qu", FLAGS);

    /** A line that starts with a bullet. */
    static final Pattern BULLET = Pattern.compile("^\\s*" + BULLETS);

    /** A list item line: a bullet or a lowercase start. */
    static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:" + BULLETS + "|\\p{Ll}|\\d+\\s*[).])");

    private static Map<Pattern, String> currencyCodes(String... wordsThenCode) {
        Map<Pattern, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < wordsThenCode.length; i += 2) {
            codes.put(Pattern.compile("^(?:" + wordsThenCode[i] + ")$", FLAGS), wordsThenCode[i + 1]);
        }
        return codes;
    }
}
