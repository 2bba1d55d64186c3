package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a heading that lists the parties under role labels (cours d'appel, tribunaux
 * judiciaires): "APPELANTE :" / "INTIMÉS :" / "DEMANDERESSE" / "PARTIE JOINTE" blocks, each split
 * into the text of its parties (name line first, then address, birth, lawyers).
 *
 * <p>Two layouts exist: the label before its parties (most arrêts) or after them (the ordonnances
 * of the mise en état: "S.A.S. X / Représentant : Me Y... / APPELANTE"). Which names a party is the
 * business of {@link PartyNameReader}; this class only finds where each party's text lies.
 */
final class PartyBlockReader {
    /** The parties under one role label: the text of each, its name first. */
    record RoleBlock(String role, List<String> parties) {
    }

    // ---- every pattern of the reader, in one place ----
    /** A role label alone on its line, possibly qualified ("INTIMÉE ET APPELANTE INCIDENTE :") or followed by a party. */
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:LES?\\s+|LA\\s+)?(?<role>APPELANT|INTIM\\s?[ÉE]"
            + "|DEMANDEUR|DEMANDERESSE|D[ÉE]FENDEUR|D[ÉE]FENDERESSE|INTERVENANT|REQU[ÉE]RANT|PARTIES?\\s+JOINTES?"
            + "|PARTIES?\\s+INTERVENANTES?|CR[ÉE]ANCIERS?\\s+INSCRITS?)(?:E|S|\\(E\\)|\\(S\\))*"
            + "(?<qualifier>[^:]{0,60}?)\\s*(?<colon>:\\s*(?<inline>.*))?$");
    /** "Demanderesse, comparante par [B]": a label followed by how the party appears. */
    private static final Pattern APPEARANCE = Pattern.compile(
            "(?iu),\\s*(?:non\\s+)?(?:comparant|repr[ée]sent|assist|d[ée]faillant)");
    /** Lines that close the parties of a leading layout: the composition, the debates, the body begins. */
    private static final Pattern STOP = Pattern.compile("(?u)^(?:COMPOSITION|Composition|D[ÉE]BATS|D[ée]bats|GREFFI|Greffi"
            + "|ARR[ÊE]T\\b|Arr[êe]t\\b|ORDONNANCE|Ordonnance|JUGEMENT|Jugement|D[ÉE]CISION|D[ée]cision|MAGISTRAT|Magistrat"
            + "|JUGE\\b|Juge\\b|L[EA] JUGE|L[EA] GREFFI|L[EA] PR[ÉE]SIDENT|Pr[ée]sident\\s*:|PR[ÉE]SIDENT\\s*:|Assesseur|ASSESSEUR"
            + "|Nous\\b|NOUS\\b|Vu\\b|VU\\b|Attendu|Statuant|Avons|Audience|AUDIENCE|Date\\s|DATE\\s|PAR CES MOTIFS|EXPOS|Expos"
            + "|FAITS|Faits|PROC[ÉE]DURE|Proc[ée]dure|MOTIFS|Motifs|SUR CE|Sur ce|Sign|SIGN|Prononc|PRONONC|CL[ÔO]TURE|Cl[ôo]ture"
            + "|RAPPEL|Rappel|Copie|COPIE|Grosse|Exp[ée]dition|A rendu|[AÀ] l'audience|En pr[ée]sence|EN PR[ÉE]SENCE"
            + "|Assignation|Les parties"
            + "|L'affaire|R[ÉE]PUBLIQUE|AU NOM|Au nom|COUR D|TRIBUNAL|LE (?:VINGT|TRENTE|PREMIER|DEUX|TROIS|QUATRE|CINQ|SIX"
            + "|SEPT|HUIT|NEUF|DIX|ONZE|DOUZE|TREIZE|QUATORZE|QUINZE|SEIZE)\\b|\\*|-{3,}|_{3,}|={3,})");
    /** Lines of the heading that come before the parties of a trailing layout (numbers, decision under appeal). */
    private static final Pattern HEADER = Pattern.compile("(?iu)^(?:N\\s?°|RG\\b|R\\.G|Affaire|R[ÉE]F[ÉE]RENCES|ENTRE\\b"
            + "|Dans l'affaire|Minute|C/|Nature|D[ée]cision attaqu)");
    /** A line that opens the list of parties without labels: "Dans l'affaire opposant :", "entre :". */
    private static final Pattern OPENING = Pattern.compile("(?iu)(?=[eo])(?:\\bentre|\\bopposant)\\s*:?\\s*$");
    /**
     * The words of OPENING: a heading without them is not searched line by line ({@link CaseFold});
     * its look-ahead, their first letters, spares the alternatives elsewhere.
     */
    private static final List<String> OPENING_WORDS = List.of("entre", "opposant");
    /** Lines that pass to the other side in such a list: "à", "et à" — or "Et" when no "à" is used. */
    private static final Pattern TO = Pattern.compile("(?iu)^(?:et\\s+)?[àa]\\s*:?$");
    private static final Pattern AND = Pattern.compile("(?iu)^et\\s*:?$");
    /** A reference line of the heading ("P.C. : 2022J282", "RCS Nice : 848983987"). */
    private static final Pattern REFERENCE = Pattern.compile("(?u)^[\\p{L}.° ]{1,25}:\\s*[\\w/.-]*\\d");
    /** Lines that only join the two sides ("C/", "ET :"). */
    private static final Pattern SEPARATOR = Pattern.compile("(?iu)^(?:ET|À|A|C/|Contre|ENTRE)\\s*:?$");
    /** What follows a party's lawyer or address: a label after such a line closes the parties above it. */
    private static final Pattern ATTACHED = Pattern.compile("(?iu)\\b(?:avocat|barreau|repr[ée]sent|toque|vestiaire"
            + "|comparant|constitu[ée])|^\\[(?:Adresse|Localit)|^\\d{5}\\s");
    /** How a party's name line begins: title, company noun, legal form, article, placeholder, word in capitals. */
    private static final Pattern PARTY_START = Pattern.compile("(?u)^(?:" + PersonNames.TITLE + "(?=[\\s\\[])"
            + "|(?:(?:La|Le|Les|L')\\s*)?(?:[Ss]oci[ée]t[ée]|SOCI[ÉE]T[ÉE]|[Aa]ssociation|ASSOCIATION)\\s+\\S"
            + "|(?:(?:La|Le|L')\\s*)?" + LegalForms.ABBREVIATION
            + "|(?:La|Le|Les)\\s+\\p{Lu}|(?:(?:Le|La)\\s+)?(?:[Pp]rocureure?|[Pp]r[ée]f[eè]te?)\\b|\\["
            + "|(?<capitals>\\p{Lu}[\\p{Lu}\\d'’&.-]+(?=[\\s,]|$))|Minist[èe]re public)");
    /**
     * Lines shaped like a name that are not one: address placeholders, legal aid, a lawyer's line
     * (one that speaks of an avocat before any representation: "RENNES-ANGERS, Postulant, avocat au barreau").
     */
    private static final Pattern NOT_A_PARTY = Pattern.compile("(?iu)^\\[(?:Adresse|Localit|Date|Courriel|T[ée]l|Email"
            + "|Pays)|^(?:(?!repr[ée]sent|assist|ayant|\\bMe\\b|ma[îi]tre).)*\\b(?:avocats?|barreau)\\b|^A\\.\\s?J\\."
            + "|aide juridictionnelle");
    /** A line cut in the middle of a phrase: the next line goes on with it. */
    private static final Pattern CUT = Pattern.compile("(?iu)(?:\\b(?:de|du|des|d'|par|en|la|le|les|au|aux|à|sous|sur"
            + "|pour|et|ès|es|l')|[-–])\\s*$");
    /** A postcode line: the lines after it finish the address ("10507 Mercier / Le Gall-sur-Chartier"). */
    private static final Pattern POSTCODE = Pattern.compile("^\\d{5}\\s");
    /** Name lines that stand out even after an address: a title, a company noun or a legal form. */
    private static final Pattern STRONG_START = Pattern.compile("(?u)^(?:" + PersonNames.TITLE + "(?=[\\s\\[])"
            + "|(?:(?:La|Le|Les|L')\\s*)?(?:[Ss]oci[ée]t[ée]|SOCI[ÉE]T[ÉE]|[Aa]ssociation|ASSOCIATION)\\s"
            + "|(?:(?:La|Le|L')\\s*)?" + LegalForms.ABBREVIATION + ")");
    /** "représentée par sa présidente,": the next line names the representative, who is no party. */
    private static final Pattern REPRESENTATIVE_FOLLOWS = Pattern.compile("(?iu)\\b(?:repr[ée]sent[ée]e?s?\\s+par"
            + "|en la personne de)\\s+(?:son|sa|ses|leurs?)\\s+\\p{L}+(?:\\s+l[ée]gale?s?)?\\s*,?\\s*$");

    private PartyBlockReader() {
    }

    static List<RoleBlock> read(String region) {
        List<String> lines = region.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<Integer> labels = new ArrayList<>();
        List<Matcher> matches = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = label(lines.get(i));
            if (m != null) {
                labels.add(i);
                matches.add(m);
            }
        }
        if (!labels.isEmpty()) {
            return labelled(lines, labels, matches);
        }
        boolean opens = CaseFold.holdsAny(CaseFold.of(region), OPENING_WORDS);
        for (int i = 0; opens && i < lines.size(); i++) {
            if (OPENING.matcher(lines.get(i)).find()) {
                return sides(lines.subList(i + 1, lines.size()));
            }
        }
        return unlabelled(lines);
    }

    private static List<RoleBlock> labelled(List<String> lines, List<Integer> labels, List<Matcher> matches) {
        List<RoleBlock> blocks = new ArrayList<>();
        boolean trailing = isTrailing(lines, labels, matches.get(0));
        for (int k = 0; k < labels.size(); k++) {
            List<String> body = new ArrayList<>();
            if (trailing) {
                int from = k == 0 ? walkBack(lines, labels.get(0)) : labels.get(k - 1) + 1;
                body.addAll(lines.subList(from, labels.get(k)));
            } else {
                String inline = matches.get(k).group("inline");
                if (inline != null && !inline.isBlank()) {
                    body.add(inline.strip());
                }
                int to = k + 1 < labels.size() ? labels.get(k + 1) : lines.size();
                for (String line : lines.subList(labels.get(k) + 1, to)) {
                    if (STOP.matcher(line).find()) {
                        break;
                    }
                    body.add(line);
                }
            }
            blocks.add(new RoleBlock(role(matches.get(k).group("role")), parties(body, true)));
        }
        return blocks;
    }

    /**
     * "Dans l'affaire opposant : A, B à C et à D", "entre : A Et B": no labels, the sides are split by
     * "à" lines (or by "Et" when there is none); the first side asks, the others answer.
     */
    private static List<RoleBlock> sides(List<String> lines) {
        List<String> heading = new ArrayList<>();
        for (String line : lines) {
            if (STOP.matcher(line).find()) {
                break;
            }
            heading.add(line);
        }
        Pattern change = heading.stream().anyMatch(l -> TO.matcher(l).matches()) ? TO : AND;
        List<RoleBlock> blocks = new ArrayList<>();
        List<String> side = new ArrayList<>();
        for (String line : heading) {
            if (change.matcher(line).matches()) {
                blocks.add(new RoleBlock(blocks.isEmpty() ? "demandeur" : "defendeur", parties(side, false)));
                side = new ArrayList<>();
            } else {
                side.add(line);
            }
        }
        blocks.add(new RoleBlock(blocks.isEmpty() ? "demandeur" : "defendeur", parties(side, false)));
        return blocks;
    }

    /**
     * No label and no "entre": the parties named just after the case's references, before the body
     * ("Affaire : GRACIEUX ... / Société SASU HM INVEST 69 / Nous, ..."), their role unknown.
     */
    private static List<RoleBlock> unlabelled(List<String> lines) {
        List<String> body = new ArrayList<>();
        boolean afterReferences = false;
        for (String line : lines) {
            if (HEADER.matcher(line).find() || REFERENCE.matcher(line).find()) {
                afterReferences = true;
            } else if (afterReferences && STOP.matcher(line).find()) {
                break;
            } else if (afterReferences) {
                body.add(line);
            }
        }
        return List.of(new RoleBlock("autre", parties(body, false)));
    }

    /** The label on this line, or null: without a colon, a qualified label must be in capitals or say how the party appears. */
    private static Matcher label(String line) {
        Matcher m = LABEL.matcher(line);
        if (!m.matches()) {
            return null;
        }
        boolean plain = m.group("qualifier").isBlank() || m.group("colon") != null
                || APPEARANCE.matcher(m.group("qualifier")).lookingAt();
        return plain || PersonNames.isUpperCase(line) ? m : null;
    }

    private static String role(String label) {
        String l = PersonNames.fold(label);
        if (l.startsWith("appel")) {
            return "appelant";
        } else if (l.startsWith("intim")) {
            return "intime";
        } else if (l.startsWith("demand") || l.startsWith("requ")) {
            return "demandeur";
        } else if (l.startsWith("defend")) {
            return "defendeur";
        } else if (l.contains("joint") || l.startsWith("creancier")) {
            return "autre";
        }
        return "intervenant";
    }

    /** Labels follow their parties when the first one closes a lawyer's or address line and none is followed by a party. */
    private static boolean isTrailing(List<String> lines, List<Integer> labels, Matcher first) {
        int firstLabel = labels.get(0);
        int afterLast = labels.get(labels.size() - 1) + 1;
        boolean inline = first.group("inline") != null && !first.group("inline").isBlank();
        return !inline && firstLabel > 0 && ATTACHED.matcher(lines.get(firstLabel - 1)).find()
                && (afterLast >= lines.size() || !isPartyStart(lines.get(afterLast), null));
    }

    /** Where the parties above the first trailing label begin: after the heading's own lines. */
    private static int walkBack(List<String> lines, int firstLabel) {
        int from = firstLabel;
        while (from > 0 && firstLabel - from < 60) {
            String line = lines.get(from - 1);
            if (STOP.matcher(line).find() || HEADER.matcher(line).find()) {
                break;
            }
            from--;
        }
        return from;
    }

    /**
     * Splits the lines of a block at each party's name line; lines before the first name are
     * dropped. Right under a label (or "C/", "ET :"), any capitalised line names a party.
     */
    private static List<String> parties(List<String> body, boolean underLabel) {
        List<String> parties = new ArrayList<>();
        StringBuilder current = null;
        String previous = null;
        for (String line : body) {
            if (SEPARATOR.matcher(line).matches()) {
                previous = null;
                continue;
            }
            boolean start = underLabel && previous == null ? isNameLine(line) : isPartyStart(line, previous);
            if (start) {
                if (current != null) {
                    parties.add(current.toString());
                }
                current = new StringBuilder(line);
            } else if (current != null) {
                current.append('\n').append(line);
            }
            previous = line;
        }
        if (current != null) {
            parties.add(current.toString());
        }
        return parties;
    }

    /** Under a label, a name of any shape: "INTIMÉ : / Monique Dorothée". */
    private static boolean isNameLine(String line) {
        return !NOT_A_PARTY.matcher(line).find() && !STOP.matcher(line).find()
                && (Character.isUpperCase(line.charAt(0)) || line.startsWith("["));
    }

    /** A line shaped like a party's name, given the line before it in the block (null at the block's start). */
    private static boolean isPartyStart(String line, String previous) {
        Matcher m = PARTY_START.matcher(line);
        if (!m.find() || NOT_A_PARTY.matcher(line).find() || STOP.matcher(line).find()) {
            return false;
        }
        if (previous == null) {
            return true;
        }
        boolean cut = CUT.matcher(previous).find()
                || (REPRESENTATIVE_FOLLOWS.matcher(previous).find() && PersonNames.LEADING_TITLE.matcher(line).find())
                || (m.group("capitals") != null && previous.endsWith(","))
                || (POSTCODE.matcher(previous).find() && !STRONG_START.matcher(line).find());
        return !cut && !previous.toLowerCase(Locale.ROOT).endsWith(" me");
    }
}
