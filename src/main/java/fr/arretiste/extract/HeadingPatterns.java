package fr.arretiste.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.arretiste.extract.Anchored.Anchor;

/**
 * Every regular expression of the heading extraction, in one place. They run on the cleaned text
 * ({@link TextCleaner}: plain spaces, ASCII apostrophes and dashes). Comments quote the real
 * headings each one was written for. Those opening with {@code ^} are tried at line starts only
 * ({@link LineStarts}); an {@link Anchored} pattern only where its anchors say a match
 * can start, so its anchors change with it.
 */
final class HeadingPatterns {
    private HeadingPatterns() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    // ---- dates --------------------------------------------------------------------------------

    private static final String MONTH = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre";
    /** Words a date is spelt with: "VINGT-ET-UN OCTOBRE DEUX MILLE VINGT-QUATRE". */
    private static final String NUMBER_WORD = "(?:premier|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
            + "|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|mil|et)(?!\\p{L})";
    private static final String NUMBER_WORDS = NUMBER_WORD + "(?:[\\s-]+" + NUMBER_WORD + ")*";
    private static final String WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+";
    /**
     * One date, in any of the ways rulings write it; the groups are read by {@link FrenchDates}:
     * "22 OCTOBRE 2024", "1er avril 2018", "09 février 2021par" (PDF run-on), "08/12/2022", "22.10.2024",
     * "vingt-trois octobre deux mille vingt-quatre". Usable once per pattern (named groups).
     */
    static final String DATE = "(?<![\\p{L}\\d])(?:(?<d>\\d{1,2})\\s*(?:er|°)?\\s*(?<m>" + MONTH + ")\\s+(?<y>\\d{4})"
            + "|(?<nd>\\d{1,2})[/.](?<nm>\\d{1,2})[/.](?<ny>\\d{4})"
            + "|(?<wd>" + NUMBER_WORDS + ")[\\s-]+(?<wm>" + MONTH + ")[\\s-]+(?<wy>" + NUMBER_WORDS + "))(?!\\d)";
    static final Pattern ANY_DATE = ci(DATE);

    // ---- the decision's own title and date --------------------------------------------------

    /**
     * A title line: "ARRÊT DU 22 OCTOBRE 2024", "ORDONNANCE DE RADIATION", "Ordonnance statuant sur les
     * recours...". It opens its line, and never reaches over blank lines to do so (that would make matching
     * quadratic on Judilibre pages, which put a blank line between all lines).
     */
    static final Pattern TITLE = ci("^[^\\S\\n]*\\**[^\\S\\n]*(?<noun>ARR[ÊE]T|ORDONNANCE|JUGEMENT|D[ÉE]CISION|SENTENCE)(?!\\p{L})(?<qual>[^\\n]{0,60})");
    /** A title and its next two lines, past blank ones: "ARRET N°\\n\\nCONTRADICTOIRE\\n\\nDU 11 MAI 2023". */
    static final Pattern TITLE_SPAN = Pattern.compile("[^\\n]*+(?:\\n(?:[^\\S\\n]*+\\n){0,2}+[^\\n]*+){0,2}+");
    /**
     * How a title gives its date: "ARRÊT DU 22 OCTOBRE 2024", "ARRÊT DU MARDI 22 OCTOBRE 2024", "ORDONNANCE DE
     * PEREMPTION\\nDU 17 OCTOBRE 2024", "ORDONNANCE D'INCIDENT\\n DU : 22 octobre 2024", "JUGEMENT \\nrendu le 15
     * décembre 2023", "Arrêt rendu ce VINGT-ET-UN OCTOBRE DEUX MILLE VINGT-QUATRE", "ARRÊT DE LA COUR DE
     * CASSATION, CHAMBRE SOCIALE, DU 23 OCTOBRE 2024". Nothing between title and date may carry a digit, so
     * "Jugement n° 2020001314 rendu le..." (a lower court's) is no dated title.
     */
    static final Pattern TITLE_DATED = ci("(?<!\\p{L})(?:DU|RENDUE?S?\\s+(?:LE|CE)|PRONONC[ÉE]E?\\s+LE)[^\\S\\n]*:?\\s{0,3}(?:" + WEEKDAY + ")?" + DATE);
    /** Qualifiers that make a title line name another decision: "Décision déférée", "ORDONNANCE DE CLÔTURE DU". */
    static final Pattern NOT_OWN_TITLE = ci("d[ée]f[ée]r[ée]e|attaqu[ée]e|entreprise|dont appel|cl[ôo]ture|pr[ée]c[ée]dente|origine|au fond|rendue?\\s+par|en date");

    /**
     * The signature line, with the seat: "Fait à [Localité 7] le 22 octobre 2024 à 09 h 30", "Paris, le 09 Octobre
     * 2024", "LYON, le 22 Octobre 2024". Without "Fait à", the comma is what tells a seat from a sentence's start.
     */
    static final Pattern SIGNED_AT = ci("^[^\\S\\n]*(?<fait>Fait\\s+[àa]\\s+)?(?<seat>\\[[^\\]\\n]{1,30}\\]|\\p{L}[\\p{L}' -]{0,38}?)(?<comma>,)?"
            + "[^\\S\\n]+le\\s+(?:" + WEEKDAY + ")?" + DATE + "[^\\S\\n]*(?:[àa][^\\n]{0,14})?\\.?[^\\S\\n]*$");
    /** "ARRÊT CONTRADICTOIRE prononcé publiquement par mise à disposition au greffe le 08 décembre 2022". */
    static final Anchored PRONOUNCED = new Anchored(ci("(?<!\\p{L})(?:prononc[ée]e?s?|rendue?s?|mise?\\s+[àa]\\s+disposition|sign[ée]e?)(?!\\p{L})"
            + "[^.;\\n]{0,90}?(?<!\\p{L})le\\s+(?:" + WEEKDAY + ")?" + DATE),
            List.of(new Anchor("prononc", 0, false), new Anchor("rendu", 0, false), new Anchor("mis", 0, false), new Anchor("sign", 0, false)));
    /** A line holding only a date: "LE VINGT DEUX OCTOBRE DEUX MILLE VINGT QUATRE,", "16 OCTOBRE 2024", "22/10/2024". */
    static final Pattern DATE_LINE = ci("^[^\\S\\n]*(?:le\\s+)?(?:" + WEEKDAY + ")?" + DATE + "[^\\S\\n]*,?[^\\S\\n]*$");
    /** The Cour de cassation renders its arrêts at the audience: "Audience publique du 23 octobre 2024". */
    static final Anchored AUDIENCE = new Anchored(ci("audience publique du\\s+(?:" + WEEKDAY + ")?" + DATE),
            List.of(new Anchor("audience publique du", 0, false)));
    /** Last resort, the date announced for the decision: "mise en délibéré au 22 octobre 2024". */
    static final Anchored DELIBERE = new Anchored(ci("d[ée]lib[ée]r[ée]\\s+(?:au|pour le|le)\\s+(?:" + WEEKDAY + ")?" + DATE),
            List.of(new Anchor("lib", 2, false)));

    // ---- where the heading ends ---------------------------------------------------------------

    /** Openings of a decision's body that no heading contains (Cour de cassation and others alike). */
    static final Pattern BODY_START = ci("^[^\\S\\n]*(?:Sur le rapport|Faits et proc[ée]dure|Expos[ée] du litige|Selon l'arr[êe]t"
            + "|Selon le jugement|Examen d|Vu l'article|Vu les articles|PAR CES MOTIFS|EN CONS[ÉE]QUENCE)");

    // ---- courts ---------------------------------------------------------------------------------

    /** The place after a court's name: "DE DOUAI", "D'AIX-EN-PROVENCE", "DU MANS", "DE LA ROCHE-SUR-YON", "DE [Localité 1]". */
    private static final String PLACE = "(?<prep>DE\\s+LA\\s+|DE\\s+L'|DES\\s+|DU\\s+|DE\\s+|D')\\s*"
            + "(?<city>\\[[^\\]\\n]{1,30}\\]|\\p{L}[\\p{L}']*(?:[ -]\\p{L}[\\p{L}']*)*)";
    /**
     * A seat's name stops before the words that follow it on a title line: "COUR D'APPEL DE DOUAI CHAMBRE 2
     * SECTION 1"; a court named after its metropolitan area ("tribunal de commerce de Lille Métropole") sits in the city.
     */
    static final Pattern AFTER_SEAT = ci("\\s(?:m[ée]tropole|chambre|section|p[ôo]le|arr[êe]t|ordonnance|jugement|service|juridiction|audience|cabinet|greffe)(?!\\p{L}).*");
    static final String CASSATION = "COUR\\s+DE\\s+CASSATION";
    static final String COUR_APPEL = "COUR\\s+D'APPEL";
    static final String COUR_ADMINISTRATIVE_APPEL = "COUR\\s+ADMINISTRATIVE\\s+D'APPEL";
    static final String CONSEIL_ETAT = "CONSEIL\\s+D'[ÉE]TAT";
    static final String TRIBUNAL_ADMINISTRATIF = "TRIBUNAL\\s+ADMINISTRATIF";
    /** The tribunal de grande instance was renamed tribunal judiciaire in 2020. */
    static final String TRIBUNAL_JUDICIAIRE = "TRIBUNAL\\s+(?:JUDICIAIRE|DE\\s+GRANDE\\s+INSTANCE)";
    static final String TRIBUNAL_COMMERCE = "TRIBUNAL\\s+DE\\s+COMMERCE";
    static final String CONSEIL_PRUDHOMMES = "CONSEIL\\s+DE\\s+PRUD'?\\s*HOMMES";

    /** A court named as a title, at the start of a line: "COUR D'APPEL DE DOUAI", "TRIBUNAL \nJUDICIAIRE\nDE BOBIGNY". */
    static Pattern courtTitle(String name) {
        return ci("^[^\\S\\n]*" + name + "\\s+" + PLACE);
    }

    /** A court named anywhere: "...de la cour d'appel de RIOM"; tried where its name's first word is. */
    static Anchored courtMention(String name) {
        String firstWord = name.substring(0, name.indexOf('\\')).toLowerCase(Locale.ROOT);
        return new Anchored(ci("(?<!\\p{L})" + name + "\\s+" + PLACE), List.of(new Anchor(firstWord, 0, false)));
    }

    /**
     * The Cour de cassation as a title: "COUR DE CASSATION", "DÉCISION DE LA COUR DE CASSATION, CHAMBRE
     * CRIMINELLE,", or the court's own site heading "Cour de cassation" on Judilibre pages.
     */
    static final Pattern CASSATION_TITLE = ci("^[^\\S\\n]*(?:(?:ARR[ÊE]T|D[ÉE]CISION|ORDONNANCE)\\s+DE\\s+LA\\s+)?" + CASSATION + "[^\\S\\n]*(?:,|$)");
    static final Pattern CONSEIL_ETAT_TITLE = ci("^[^\\S\\n]*" + CONSEIL_ETAT + "[^\\S\\n]*$");

    /**
     * A cour d'appel speaking of itself, to name its seat when the heading's city is pseudonymised
     * ("COUR D'APPEL\nDE [Localité 1]"): "au greffe de la cour d'appel de POITIERS", "de la 3ème chambre A
     * de la cour d'appel de LYON", "président de chambre à la cour d'appel de Douai".
     */
    static final Anchored COUR_APPEL_SELF = new Anchored(ci("(?:greffe|chambre[^,\\n]{0,40}?|pr[ée]sident[^,\\n]{0,30}?|conseill[eè]re?|d[ée]l[ée]gu[ée]e?)"
            + "\\s+(?:de|[àa])\\s+la\\s+" + COUR_APPEL + "\\s+" + PLACE),
            List.of(new Anchor("greffe", 0, false), new Anchor("chambre", 0, false), new Anchor("sident", 3, false),
                    new Anchor("conseill", 0, false), new Anchor("gu", 4, false)));

    // ---- chamber --------------------------------------------------------------------------------

    /**
     * A heading line naming a chamber: "1ère chambre civile", "Pôle 5 - Chambre 3", "CHAMBRE 2 SECTION 1",
     * "3ème Chambre Commerciale", "CHAMBRE : 9ème Ch Sécurité Sociale", "JURIDICTION DU PREMIER PRÉSIDENT",
     * "Chambre 7/Section 2". Not "ch n°1", the lower court's chamber in Lyon headings.
     */
    static final Pattern CHAMBER_LINE = ci("^[^\\S\\n]*(?:CHAMBRE\\s*:\\s*)?(?<chamber>(?:[^\\n]{0,30}(?<!\\p{L})chambre(?!\\p{L})"
            + "|[^\\n]{0,10}(?<!\\p{L})p[ôo]le\\s+\\d|\\d+\\s*\\p{L}{0,4}\\s+ch(?!\\p{L})|(?:juridiction du )?premier pr[ée]sident"
            + "|\\d+\\s*\\p{L}{0,4}\\s+section)[^\\n]{0,60})$");
    /** A court's title that PDF text ran into the chamber's line: "COUR D'APPEL DE DOUAI CHAMBRE 2 SECTION 1". */
    static final Pattern COURT_BEFORE_CHAMBER = ci("^(?:cour|tribunal|conseil)(?!\\p{L}).*?\\s(?=(?:\\d+\\s*\\p{L}{0,4}\\s+)?(?:chambre|p[ôo]le|section)(?!\\p{L}))");
    /** Chambers that are institutions (parties), not formations of the court. */
    static final Pattern NOT_A_CHAMBER = ci("chambre\\s+(?:de\\s+commerce|des\\s+m[ée]tiers|d'agriculture|r[ée]gionale|nationale|d[ée]partementale"
            + "|des\\s+notaires|des\\s+huissiers|interd[ée]partementale|de\\s+l'instruction|des\\s+appels\\s+correctionnels)"
            + "|(?:^|\\s)(?:vu|par|en|dans|au|nous)\\s|[;:]\\s*$");
    /** A line that continues a chamber's name: "1° section" under "CHAMBRE CIVILE", "PROTECTION SOCIALE" under "CHAMBRE SOCIALE D". */
    static final Pattern CHAMBER_CONTINUATION = ci("^[^\\S\\n]*(?:(?:\\d+\\s*\\S{0,4}\\s*)?section(?!\\p{L})[^\\n]{0,30}|(?!(?:SUR|AU|EN|DE|DU|DES|LE|LA|LES|PAR|POUR)\\s)(?-i:[\\p{Lu}][\\p{Lu}' ]{2,30}))[^\\S\\n]*$");
    /** Lines that open another part of the heading, so never continue a chamber. */
    static final Pattern HEADING_LABEL = ci("^[^\\S\\n]*(?:ARR[ÊE]T|ORDONNANCE|JUGEMENT|D[ÉE]CISION|COUR|TRIBUNAL|R[ÉE]PUBLIQUE|AU NOM|N°|R\\.?G|MINUTE"
            + "|APPEL|AFFAIRE|COPIE|EXP[ÉE]DITION|SERVICE|ENTRE|AUDIENCE|COMPOSITION|DEMANDE|D[ÉE]FENDE|INTIM|EXPOS|FAITS)");
    /** The chamber in a Cour de cassation title: "ARRÊT DE LA COUR DE CASSATION, DEUXIÈME CHAMBRE CIVILE, DU 24 OCTOBRE 2024". */
    static final Pattern CASSATION_CHAMBER = ci("(?:ARR[ÊE]T|D[ÉE]CISION|ORDONNANCE)\\s+DE\\s+LA\\s+" + CASSATION + ",\\s*(?<chamber>[^\\n]+?),\\s*(?:\\n\\s*)?DU\\s");
    /** The formation under a Cour de cassation heading: "COUR DE CASSATION\nPremière présidence". */
    static final Pattern CASSATION_FORMATION = ci("^[^\\S\\n]*" + CASSATION + "[^\\S\\n]*\\n\\s*(?<chamber>[^\\n]*(?:pr[ée]sidence|chambre)[^\\n]*)$");
    /** A chamber named inside a sentence: "Arrêt rendu ce ... par la CINQUIEME CHAMBRE CIVILE ... de la cour d'appel de RIOM". */
    static final Pattern CHAMBER_INLINE = ci("par\\s+la\\s+(?<chamber>[\\p{L}' ]{0,30}?CHAMBRE[^\\n]{0,120}?)\\s+de\\s+la\\s+(?:" + COUR_APPEL + "|cour)");

    // ---- case numbers ---------------------------------------------------------------------------

    /**
     * A registry number after its label: "N° RG 24/00354", "RG N°: 24/12229", "R.G : N° RG 22/01622", "RG n° N° RG
     * 22/01713", "Rôle N° RG 22/03700", "R.G. : 2022004346" and "NUMERO D'INSCRIPTION AU REPERTOIRE GENERAL: 2024
     * 006456" (tribunaux de commerce number their cases by year and serial).
     */
    static final Anchored RG = new Anchored(ci("(?<![\\p{L}])(?:R\\.?\\s?G\\.?|R[ÉE]PERTOIRE\\s+G[ÉE]N[ÉE]RAL|R[ôo]le)(?![\\p{L}])[^\\d\\n]{0,25}?"
            + "(?<rg>\\d{2}\\s?/\\s?\\d{3,5}|\\d{4}[^\\S\\n]?[A-Z]{0,2}[^\\S\\n]?\\d{4,6})(?![\\d/])"), List.of(new Anchor("r", 0, false)));
    /** A Portalis number, the national id of a civil case: "DBVT-V-B7F-TPDX", "35L7-V-B7H-CIKSL" ("-11" suffixes dropped). */
    static final Anchored PORTALIS = new Anchored(
            Pattern.compile("(?<![A-Z0-9-])(?<portalis>[A-Z0-9]{4}-[A-Z]-[A-Z0-9]{3}-[A-Z0-9]{4,5})(?![A-Z0-9])"),
            List.of(new Anchor("-", 4, false)));
    /** What may stand between an RG number and its Portalis number: " - N° Portalis ", "\nN° Portalis ". */
    static final Pattern RG_TO_PORTALIS = ci("\\G[\\s-]*(?:N°\\s*)?(?:Portalis\\s*:?\\s*)?(?=[A-Z0-9]{4}-[A-Z]-)");
    /** A pourvoi number, with or without its letter: "Pourvoi n° B 21-19.704", "N° U 24-84.707 F", "24-14.647". */
    static final Anchored POURVOI = new Anchored(Pattern.compile("(?<![\\d.-])(?<pourvoi>\\d{2}-\\d{2}\\.\\d{3})(?![\\d])"),
            List.of(new Anchor("-", 2, false)));
    /** "N° de Minute : 2071", "MINUTE N° 24/00262", "N° minute : 2024G00014"; "MINUTE N°" with nothing after it has none. */
    static final Anchored MINUTE = new Anchored(ci("(?<!\\p{L})minute[^\\S\\n]*(?:n°|:)?[^\\S\\n]*:?[^\\S\\n]*(?<minute>\\d(?:[\\w/-]*\\w)?)"),
            List.of(new Anchor("minute", 0, false)));
    /** Rennes and Toulouse number their arrêts in the heading: "ARRÊT N°376", "ARRÊT N°403/2024". */
    static final Pattern ARRET_NUMBER = ci("^[^\\S\\n]*ARR[ÊE]T[^\\S\\n]+N°[^\\S\\n]*(?<minute>\\d[\\d/]*)");

    // ---- the decision under appeal or review --------------------------------------------------

    /**
     * Labels of the decision under appeal, read line by line: "Décision déférée à la Cour : jugement du 20
     * février 2024", "Décision attaquée : n° 22/07564 rendue par...", "Jugement Au fond, origine Tribunal de
     * Commerce de LYON, décision attaquée en date du 13 Octobre 2020", "Appel d'un jugement (N° R.G.
     * 11-18-0011) rendu par le tribunal judiciaire de VIENNE en date du 4 mars 2022", "APPEL D'UNE DÉCISION DU
     * :\nPole social du TJ de SAINT-ETIENNE\ndu 16 Février 2022", "Décision du \nTribunal Judiciaire de SAINT
     * ETIENNE", "Jugement n° 2020001314 rendu le 09 février 2021par le tribunal de commerce...", "Recours sur
     * l'ordonnance (Au fond) en date du 12/07/2024, rendue par..."; and Judilibre's "Décision attaquée\nCour
     * d'appel de versailles\n29 février 2024\n(n°22/01117)". A decision "attaquée" in running text is no label.
     * Searched over the whole text, so tried only where its words are: "cision" two letters in (or after the
     * blanks opening its line), "appel", "recours", and "jugement" or "ordonnance" opening a line.
     */
    static final Anchored LOWER_LABEL = new Anchored(ci("(?<!\\p{L})d[ée]cision(?<plural>s)?\\s+(?:d[ée]f[ée]r[ée]es?|attaqu[ée]es?)(?:\\s+[àa]\\s+la\\s+cour)?"
            + "(?=\\s*:|\\s+en\\s+date|\\s+du\\s|[^\\S\\n]*\\n)"
            + "|appel\\s+d'une?\\s+(?:jugement|ordonnance|d[ée]cision)"
            + "|recours\\s+sur\\s+(?:l'|le\\s|la\\s)(?:ordonnance|jugement|d[ée]cision)(?=\\s*(?:\\([^)\\n]*\\)\\s*)?(?:en\\s+date\\s+du|du|rendue?)\\s)"
            + "|^[^\\S\\n]*d[ée]cision\\s+du(?=\\s+(?:tribunal|conseil|juge|pr[ée]sident|p[ôo]le|cour|TJ|TGI|TC)(?!\\p{L}))"
            + "|^[^\\S\\n]*(?:jugement|ordonnance)\\s+n°[^\\n]{0,30}?rendue?\\s+le"),
            List.of(new Anchor("cision", 2, true), new Anchor("appel", 0, false), new Anchor("recours", 0, false),
                    new Anchor("jugement", 0, true), new Anchor("ordonnance", 0, true)));
    /** Several decisions under one label are listed with "et": "n° 21/03638 rendue par... le 13.02.2024 et n° 24/01079 rendue par...". */
    static final Pattern NEXT_DECISION = ci("\\s+et\\s+(?=n°)");
    /** The lower decision's number alone: "(Réf 1ère instance : 23/00379)". */
    static final Anchored LOWER_REFERENCE = new Anchored(ci("r[ée]f\\.?\\s*1[èe]re\\s+instance\\s*:\\s*(?<number>[A-Z0-9][\\w/.-]*)"),
            List.of(new Anchor("f", 2, false)));
    /**
     * The decision a pourvoi or an appeal is brought against: "a formé le pourvoi n° B 21-19.704 contre l'arrêt
     * rendu le 17 mai 2021 par la cour d'appel de Paris", "à l'encontre du jugement rendu le 16 avril 2024 par le
     * tribunal judiciaire de Reims", "contre trois arrêts rendus le 13 avril 2023".
     */
    static final Anchored LOWER_AGAINST = new Anchored(ci("(?:(?<!\\p{L})contre|[àa]\\s+l'encontre\\s+d[eu]?)\\s+(?:l'|le\\s|la\\s|les\\s|des\\s|ce\\s|cette\\s)?"
            + "(?:deux\\s|trois\\s|quatre\\s)?(?:arr[êe]ts?|jugements?|ordonnances?|d[ée]cisions?|sentences?)(?!\\p{L})"),
            List.of(new Anchor("contre", 0, false), new Anchor("l'encontre", 0, true)));
    /**
     * A lower decision told in the exposé: "Par jugement du 20 février 2024, le juge de l'exécution...", "Dans
     * son ordonnance du 20 octobre 2024 à 14 heures 38, le juge des libertés...", "Vu l'ordonnance rendue le 21
     * octobre 2024 à 10h49 par le juge du tribunal judiciaire".
     */
    static final Anchored LOWER_NARRATED = new Anchored(ci("(?:(?<!\\p{L})Par|(?<!\\p{L})Dans\\s+(?:son|sa|une?)|(?<!\\p{L})Vu\\s+(?:l'|le|la))\\s*(?:un\\s|une\\s)?"
            + "(?:jugement|ordonnance|d[ée]cision|arr[êe]t|sentence)(?!\\p{L})"),
            List.of(new Anchor("par", 0, false), new Anchor("dans", 0, false), new Anchor("vu", 0, false)));
    /** The appeal being lodged, which follows the story of the decision appealed: "a relevé appel de ce jugement". */
    static final Pattern APPEAL_LODGED = ci("(?:interjet[ée]|relev[ée]|form[ée]|fait|Vu\\s+l')\\s*appel|appel\\s+(?:de|contre)\\s+(?:cette|ce|la|le|l')|d[ée]claration\\s+d'appel");
    /** A court's name starts at one of these words: "juge de l'exécution du tribunal judiciaire de Dijon", "Pole social du TJ de...". */
    static final Pattern COURT_WORD = ci("(?<!\\p{L})(?:juge|pr[ée]sident|p[ôo]le\\s+social|conseiller|magistrat|chambre|tribunal|cour|conseil\\s+de\\s+prud"
            + "|TJ|TGI|TI|TC|JEX|JLD|JAF)(?!\\p{L})");
    /** A court's name ends before these: "..., décision attaquée", " en date du", " le 30 Août 2023", " a débouté". */
    static final Pattern COURT_END = ci("[,;()]|\\.\\s|\\s-\\s|(?<!(?:\\sde|\\sdu|\\sdes|d'|-)[^\\S\\n]{0,3})\\n|\\s(?:le|du)\\s+\\d|\\s(?:en date du|rendue?|a|ayant|ordonnant|statuant|qui|dans|sous|suivant"
            + "|au fond|auquel|pour|par|enregistr[ée]e?)\\s|(?<!\\[[^\\]\\n]{0,20})\\s\\d");
    /** The seat in a court's name, the last place after a preposition: "juge de l'exécution du tribunal judiciaire de Dijon". */
    static final Pattern PLACE_IN_NAME = Pattern.compile("(?<!\\p{L})(?<prep>(?i:de\\s+la\\s+|de\\s+l'|des\\s+|du\\s+|de\\s+|d'))"
            + "(?!(?:TJ|TGI|TI|TC|JEX|JLD|JAF|CPH|(?i:commerce|grande|instance|premi[èe]re|proximit[ée]|prud))(?!\\p{L}))(?<city>\\[[^\\]\\n]{1,30}\\]|\\p{Lu}[\\p{L}'-]*(?:\\s+(?:\\p{Lu}[\\p{L}'-]*|(?:sur|en)\\s+\\p{Lu}[\\p{L}'-]*))*)");
    /** The place right after the court's noun, whatever its case: Judilibre writes "Cour d'appel de versailles". */
    static final Pattern PLACE_AFTER_COURT = ci("(?:appel|judiciaire|commerce|instance|prud'?hommes|administratif|assises|TJ|TGI|TC)\\s+"
            + "(?<prep>de\\s+la\\s+|de\\s+l'|des\\s+|du\\s+|de\\s+|d')(?<city>[\\p{L}' -]*\\p{L})");
    /** Where the window on a lower decision stops: the parties' list, Judilibre's page after the decision. */
    static final Pattern LOWER_WINDOW_END = ci("^[^\\S\\n]*(?:APPELANT|INTIM|DEMANDE|D[ÉE]FENDE|ENTRE|COMPOSITION|Les dates cl|Textes appliqu|Rapprochements"
            + "|(?-i:COUR D'APPEL|COUR DE CASSATION|AU NOM DU PEUPLE|R[ÉE]PUBLIQUE FRAN))");
    /** Where a sentence telling of a lower decision ends: "Par jugement du..., le tribunal... a :" or the next "Vu". */
    static final Pattern SENTENCE_END = ci("[.;:](?:\\s|$)|\\n[^\\S\\n]*\\n|\\n(?=[^\\S\\n]*Vu\\s)");
    /** JuriCA's line on the decision appealed names its court first: "origine Tribunal de Commerce de LYON, décision attaquée...". */
    static final Pattern ORIGIN = ci("(?<!\\p{L})origine(?!\\p{L})");
    /** "Tribunal de Commerce (LYON)": the seat in brackets. */
    static final Pattern BRACKETED_PLACE = Pattern.compile("^\\s*\\((?<city>\\p{Lu}[\\p{Lu}' -]+)\\)");
    /** The number of the decision under appeal: "RG : 23/02313", "(n°22/01117)", "enregistrée sous le n° 2019J236", "( 23/00010)". */
    static final Pattern LOWER_NUMBER = ci("(?:(?<!\\p{L})n°|(?<!\\p{L})RG(?!\\p{L})|instance)\\s*:?\\s*(?:R\\.?G\\.?\\s*:?\\s*)?(?<number>\\d[\\w/.-]*\\d|\\d|[A-Z]{2,}\\d[\\w/.-]*)"
            + "|\\(\\s*(?<bare>\\d{2}/\\d{4,5})\\s*\\)");
}
