package fr.arretiste.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.arretiste.ruling.Outcome;
import fr.arretiste.ruling.Span;

/**
 * The solution of a ruling, read from the dispositions of its dispositif, and the dispositif's
 * text. A disposition is a verb at the start of a clause ("Confirme le jugement", "REJETTE le
 * pourvoi", "Constatons le désistement"); the same verb inside a clause ("CASSE ET ANNULE, mais
 * seulement en ce qu'il confirme le jugement") quotes the decision under review and does not count.
 * A dispositif holds several dispositions: the answer to the appeal or the pourvoi wins over the
 * dispositions that end the instance, which win over the ancillary ones (jonction, dépens,
 * article 700), in the order of {@link #solution}.
 */
public final class OutcomeExtractor {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

    /**
     * Where a disposition starts: the start of a line or of a clause (after ; : . or ,), then an
     * optional list mark ("-", "1)"), then an optional pronoun ("Nous déclarons", "Se déclare",
     * "Le confirme", "Les DÉCLARE IRRECEVABLES").
     */
    private static final String CLAUSE = "(?:^|[;:.,])\\s*(?:[-–•*]+\\s*|\\d{1,2}[).°]\\s*)?"
            + "(?:nous,?\\s+(?:nous\\s+)?|se\\s+|les?\\s+|la\\s+|l')?";
    /** The end of a word ({@code \b} misses it after an accented letter). */
    private static final String END = "(?![\\p{L}\\d])";
    /** The decision under review, object of "annule". */
    private static final String DECISION = "[^;\\n]{0,60}?\\b(?:jugement|arrêt|ordonnance|décision|sentence)s?\\b";
    /** What "irrecevable" must bear on to answer the appeal: not a claim, a ground or a document. */
    private static final String RECOURSE = "(?:appels?|pourvois?|recours|action|opposition|saisine|requête|contredit)\\b";

    // Dispositions that answer the appeal or the pourvoi.
    private static final Keyed CASSE = disposition("cass(?:e|ons)" + END, "cass");
    private static final Keyed ANNULE = disposition(
            "(?:annul(?:e|ons)|pronon[cç](?:e|ons)\\s+la\\s+nullité)" + END + DECISION, "nul");
    private static final Keyed CONFIRME = disposition("confirm(?:e|ons|ant)" + END, "confirm");
    private static final Keyed INFIRME = disposition("(?:infirm(?:e|ons|ant)|met(?:tons)?\\s+à\\s+néant)" + END,
            "infirm", "néant");
    /** "Réforme" modifies the decision: part of it, unless it says "en toutes ses dispositions". */
    private static final Keyed REFORME = disposition("r[ée]form(?:e|ons|ant)" + END, "réform", "reform");
    private static final Keyed REJETTE_POURVOI = disposition(
            "rej(?:ette|etons)\\s+(?:le|les)\\s+(?:pourvois?|recours)" + END, "rej");

    /**
     * How far a disposition's own words go: to the next ";" or the next line that starts with a
     * capital ("Infirme le jugement déféré, sauf en ce qu'il : - interdit..." keeps its "sauf").
     */
    private static final Pattern CLAUSE_END = Pattern.compile(";|\\n\\s*(?=\\p{Lu})");
    /** A disposition that keeps part of the decision whatever else it says: "sauf en ce qu'il", "à l'exception de". */
    private static final Pattern EXCEPT = Pattern.compile("\\bsauf\\b|\\bexcepté|à l'exception|\\bhormis\\b", FLAGS);
    /** A disposition restricted to some heads of the decision: "en ce qu'il", "mais seulement", "en ses seules dispositions". */
    private static final Pattern RESTRICTED = Pattern.compile(
            "\\bseulement\\b|\\bseules? dispositions?|partiellement|\\ben ce qu'(?:il|elle)|\\ben tant qu'"
                    + "|\\ben (?:ses|son|sa|leurs?) (?:dispositions?|chefs?) (?:relati|ayant|portant|concernant)"
                    + "|\\bpour le surplus\\b|\\bdu chef\\b|\\ben ce qui concerne\\b|\\bs'agissant d|\\bquant (?:à|au|aux)\\b"
                    + "|\\bsur (?:le|la|les) (?:montant|quantum|point|chefs?)\\b",
            FLAGS);
    /** A disposition that takes the whole decision: "en toutes ses dispositions", "en ses dispositions soumises à la cour". */
    private static final Pattern WHOLE = Pattern.compile(
            "(?:en|dans) (?:toutes ses|l'ensemble de ses|ses) dispositions(?! (?:relati|ayant|portant|concernant))"
                    + "|en (?:sa|son) (?:totalité|entier)|intégralement",
            FLAGS);
    /** After a confirmation of some heads, the court rules anew on the others. */
    private static final Pattern RULES_ANEW = Pattern.compile("statuant (?:à|de) nouveau|réformant|infirmant", FLAGS);

    /**
     * Dispositions that end the instance without answering the appeal, each with its solution, in
     * the order they win over each other. A "non-admission" of the Cour de cassation is filed by
     * its registry as "autre". The withdrawal ("désistement") of an incident, a request or a ground
     * is not the withdrawal of the appeal. An appeal declared irrecevable "en ce qu'il est dirigé
     * contre" some parties only does not end it.
     */
    private static final List<Rule> ENDINGS = List.of(
            new Rule("autre", keyed("non[ -]admis" + END, "admis")),
            new Rule("desistement", disposition("[^;\\n]{0,150}?d[ée]sist(?:ement|é|ée|és|e|ons)"
                    + "(?![^;\\n]{0,30}?\\b(?:d'incident|de (?:sa|son|leur) (?:requête|demande|incident)|du moyen))", "sist")),
            new Rule("caducite", disposition("(?:pronon[cç]|constat|d[ée]clar|dis|dit)\\p{L}*" + END
                    + "[^;\\n]{0,80}?\\b(?:caduc(?:ité|ite|s)?|caduques?)" + END, "cadu")),
            new Rule("peremption", keyed("(?:constat|pronon[cç])\\p{L}*\\s+(?:la\\s+)?p[ée]remption"
                    + "|p[ée]remption[^;]{0,200}?\\best constatée|instance\\s+(?:est\\s+)?p[ée]rim[ée]e", "remption", "périm", "perim")),
            new Rule("decheance", keyed("d[ée]ch[ée]ance\\s+(?:du|des|de l'|de (?:son|leur))\\s*(?:pourvois?|appels?|recours)"
                    + "|\\bdéchue?s?\\s+de\\s+(?:son|leur)\\s+(?:pourvoi|appel|recours)", "chéance", "cheance", "déchu")),
            new Rule("irrecevabilite", disposition("(?:pronon[cç]|constat)\\p{L}*" + END + "\\s+l'irrecevabilité\\s+(?:de\\s+l'|du\\s+|des\\s+)" + RECOURSE
                    + "|(?:d[ée]clar|dis|dit)\\p{L}*" + END + "(?:"
                    + "[^;\\n]{0,80}?\\b" + RECOURSE + "[^;\\n]{0,80}?\\birrecevables?" + END + "(?![^;\\n]{0,20}\\ben ce qu)"
                    + "|\\s+irrecevables?" + END + "(?:\\s*[;.]|[^;\\n]{0,20}?\\b(?:l'|les?\\s+)" + RECOURSE + "))", "irrecevab")),
            new Rule("incompetence", disposition("(?:d[ée]clar|dis|dit)\\p{L}*" + END + "[^;\\n]{0,60}?\\bincomp[ée]tent", "incomp")),
            new Rule("radiation", keyed("(?:ordonn|pronon[cç])\\p{L}*\\s+(?:la\\s+)?radiation"
                    + "|\\bradi(?:e|ons)\\s+(?:dès à présent\\s+)?l'affaire"
                    + "|\\b(?:affaire|pourvoi)\\b[^;\\n]{0,80}?\\best\\s+radiée?" + END, "radiation", "radie", "radions", "radié")),
            new Rule("retrait_du_role", keyed("retrait\\s+du\\s+rôle", "retrait")),
            new Rule("non_lieu", keyed("\\bnon-lieu\\b|n'y avoir lieu à suivre", "non-lieu", "suivre")),
            new Rule("avant_dire_droit", keyed("avant\\s+dire\\s+droit"
                    + "|(?:ordonn|prescri)\\p{L}*\\s+(?:une|un|la)\\s+(?:nouvelle\\s+|(?:complément|mesure)\\s+d'|contre-)?expertise"
                    + "|\\bsur?s(?:oit|eoit|oyons)\\s+à\\s+statuer|réouverture\\s+des\\s+débats"
                    + "|révocation\\s+de\\s+l'ordonnance\\s+de\\s+clôture"
                    + "|\\brenvo\\p{L}*\\s+(?:l'affaire|la cause|les parties)[^;\\n]{0,40}?\\b(?:audience|mise en état)"
                    + "|\\binvit\\p{L}*\\s+(?:les parties|l'appelant\\p{L}*|l'intimé\\p{L}*)\\s+à",
                    "dire", "expertise", "sursoit", "surseoit", "sursoyons", "susoit", "suseoit", "susoyons", "réouverture",
                    "révocation", "renvo", "invit")));

    /** "Constatons l'extinction de l'instance", with no cause in the dispositif: the reasons say which. */
    private static final Keyed EXTINCTION = keyed("extinction\\s+de\\s+l'instance", "extinction");
    private static final Pattern WITHDRAWAL = Pattern.compile("d[ée]sist", FLAGS);

    /**
     * A court that dismisses every claim or the request it was seized of ("Déboute M. X de
     * l'ensemble de ses demandes", "Rejette le recours")...
     */
    private static final Keyed DISMISSES_ALL = disposition("(?:d[ée]bout|rej)(?:e|ons|ette|etons)" + END
            + "[^;\\n]{0,120}?\\b(?:l'ensemble|la totalité|toutes)\\s+(?:de\\s+)?(?:ses|leurs|les)\\s+(?:demandes|prétentions)"
            + "|rej(?:ette|etons)\\s+(?:le\\s+recours|la\\s+requête)", "bout", "rej");
    /** ...and orders no one to pay anything but the dépens and the irrecoverable costs. */
    private static final Keyed ORDERS_PAYMENT = disposition("condamn(?:e|ons)" + END
            + "(?![^;\\n]{0,150}?\\b(?:aux|les|en tous les)\\s+(?:entiers\\s+)?dépens)"
            + "(?![^;\\n]{0,250}?\\b(?:700|frais irrépétibles))", "condamn");

    /** How the Cour de cassation signs its decisions: its kind when the heading gave none. */
    private static final Pattern CASSATION_SIGNATURE = Pattern.compile("par la Cour de cassation", FLAGS);

    /** How much of the end of a decision without a dispositif heading is read as its dispositif. */
    private static final int UNHEADED_DISPOSITIF = 1000;

    /** Who decides where no rule is certain: a trained classifier, or none (rules only, "autre"). */
    private final OutcomeClassifier classifier;
    /** The classifier decides every ruling, rules unused: the "models only" ablation. */
    private final boolean modelOnly;

    /** Rules only: a dispositif no rule reads is "autre". */
    public OutcomeExtractor() {
        this(null, false);
    }

    /**
     * @param classifier decides where the rules are not certain (null for rules only)
     * @param modelOnly  the classifier decides everything (an ablation to measure it alone)
     */
    public OutcomeExtractor(OutcomeClassifier classifier, boolean modelOnly) {
        this.classifier = classifier;
        this.modelOnly = modelOnly && classifier != null;
    }

    public Outcome extract(RulingText ruling, String courtKind) {
        Span zone = ruling.zones().dispositif();
        String dispositif = dispositifRead(ruling);
        if (zone == null && dispositif.isBlank()) {
            return new Outcome(null, null);
        }
        String reasons = zone == null ? "" : ruling.text().substring(0, zone.start());
        String solution = decide(dispositif, courtKind(dispositif, courtKind), reasons);
        return new Outcome(solution, zone == null ? null : dispositif);
    }

    /**
     * The text read as the dispositif: its zone, or, when no heading opens it, the decision's last
     * lines, which hold what it orders.
     */
    public static String dispositifRead(RulingText ruling) {
        Span zone = ruling.zones().dispositif();
        if (zone != null) {
            return zone.of(ruling.text());
        }
        int end = Stream.of(ruling.zones().entete(), ruling.zones().expose(), ruling.zones().motivation())
                .filter(Objects::nonNull).mapToInt(Span::end).max().orElse(0);
        return ruling.text().substring(Math.max(0, end - UNHEADED_DISPOSITIF), end);
    }

    /** The court kind given by the heading, else "cour_cassation" when the dispositif is signed by it. */
    public static String courtKind(String dispositif, String fromHeading) {
        return fromHeading != null ? fromHeading
                : CASSATION_SIGNATURE.matcher(dispositif).find() ? "cour_cassation" : null;
    }

    /** The rule's solution where a rule is certain, else the classifier's, else "autre". */
    private String decide(String dispositif, String courtKind, String reasons) {
        String ruled = modelOnly ? null : ruled(dispositif, courtKind, reasons);
        if (ruled != null) {
            return ruled;
        }
        String classified = classifier == null ? null : classifier.solution(dispositif, courtKind);
        return classified == null ? "autre" : classified;
    }

    /**
     * The solution of a dispositif given by a court of {@code courtKind} (null if unknown), by the
     * rules alone ("autre" where none is certain). {@code reasons} is the text before it, read
     * only when the dispositif states the end of the instance without its cause.
     */
    static String solution(String dispositif, String courtKind, String reasons) {
        String ruled = ruled(dispositif, courtKind, reasons);
        return ruled == null ? "autre" : ruled;
    }

    /** The solution a rule is certain of, or null when no disposition the rules know is found. */
    private static String ruled(String text, String courtKind, String reasons) {
        boolean cassation = "cour_cassation".equals(courtKind);
        Dispositif dispositif = new Dispositif(text);
        Matcher casse = CASSE.find(dispositif);
        if (casse != null) {
            return partial(clause(text, casse.end())) ? "cassation_partielle" : "cassation";
        }
        if (ANNULE.finds(dispositif) && !CONFIRME.finds(dispositif)) {
            // The Cour de cassation's registry files an "ANNULE" (rather than "CASSE ET ANNULE") as "autre".
            return cassation ? "autre" : "annulation";
        }
        String appeal = appealAnswer(dispositif);
        if (appeal != null) {
            return appeal;
        }
        if (REJETTE_POURVOI.finds(dispositif)) {
            return "rejet";
        }
        for (Rule rule : ENDINGS) {
            if (rule.pattern().finds(dispositif)) {
                return rule.solution();
            }
        }
        if (EXTINCTION.finds(dispositif) && WITHDRAWAL.matcher(reasons).find()) {
            return "desistement";
        }
        if (!cassation && DISMISSES_ALL.finds(dispositif) && !ORDERS_PAYMENT.finds(dispositif)) {
            return "rejet";
        }
        return null;
    }

    /** Confirmation, infirmation or both, from the dispositions that confirm, infirm or reform the decision. */
    private static String appealAnswer(Dispositif dispositif) {
        String text = dispositif.text();
        Matcher confirms = CONFIRME.find(dispositif);
        Matcher infirms = INFIRME.find(dispositif);
        boolean confirm = confirms != null;
        if (infirms != null) {
            return confirm || partial(clause(text, infirms.end())) ? "infirmation_partielle" : "infirmation";
        }
        Matcher reforms = REFORME.find(dispositif);
        if (reforms != null) {
            String clause = clause(text, reforms.end());
            return confirm || !WHOLE.matcher(clause).find() || EXCEPT.matcher(clause).find()
                    ? "infirmation_partielle" : "infirmation";
        }
        if (!confirm) {
            return null;
        }
        // "Confirme le jugement en ce qu'il a débouté..." alone confirms all that was appealed;
        // followed by "statuant à nouveau", the court has ruled otherwise on the rest.
        String clause = clause(text, confirms.end());
        return EXCEPT.matcher(clause).find() || partial(clause) && RULES_ANEW.matcher(text).find()
                ? "infirmation_partielle" : "confirmation";
    }

    /** Whether a disposition takes only part of the decision. */
    private static boolean partial(String clause) {
        return EXCEPT.matcher(clause).find() || !WHOLE.matcher(clause).find() && RESTRICTED.matcher(clause).find();
    }

    private static String clause(String text, int from) {
        Matcher end = CLAUSE_END.matcher(text).region(from, text.length());
        return text.substring(from, end.find() ? end.start() : text.length());
    }

    private static Keyed disposition(String verb, String... keywords) {
        return keyed(CLAUSE + "(?:" + verb + ")", keywords);
    }

    private static Keyed keyed(String regex, String... keywords) {
        return new Keyed(Pattern.compile(regex, FLAGS), List.of(keywords));
    }

    /** A disposition that ends the instance, and the solution it gives. */
    private record Rule(String solution, Keyed pattern) {
    }

    /** The dispositif, and the same text case-folded ({@link CaseFold}). */
    private record Dispositif(String text, String folded) {
        Dispositif(String text) {
            this(text, CaseFold.of(text));
        }
    }

    /**
     * A case-insensitive pattern and the words (lower case) of which each of its matches holds one:
     * a dispositif holding none of them is not searched. Most dispositifs hold few of the verbs, and
     * searching them all was most of the extractor's time.
     */
    private record Keyed(Pattern pattern, List<String> keywords) {
        /** The first match in the dispositif, or null. */
        Matcher find(Dispositif dispositif) {
            if (!CaseFold.holdsAny(dispositif.folded(), keywords)) {
                return null;
            }
            Matcher m = pattern.matcher(dispositif.text());
            return m.find() ? m : null;
        }

        boolean finds(Dispositif dispositif) {
            return find(dispositif) != null;
        }
    }
}
