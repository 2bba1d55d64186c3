package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.ruling.Lawyer;
import fr.arretiste.ruling.Party;

/**
 * The parties of a Cour de cassation decision, named in its opening sentence ("La société X, ...,
 * a formé le pourvoi n° ... contre l'arrêt ..., dans le litige l'opposant : 1°/ à M. [G] [Z], ...,
 * défendeurs à la cassation.") or, on the Judilibre pages of the first presidency's ordonnances,
 * in the "Demandeur : / Défendeur :" lines. Their lawyers (avocats aux Conseils, no bar) come from
 * "les observations de la SCP X, avocat de ..." or "X, ayant la SCP Y pour avocat".
 */
final class CassationPartyReader {
    private static final String DEMANDEUR = "demandeur_pourvoi";
    private static final String DEFENDEUR = "defendeur_pourvoi";

    // ---- every pattern of the reader, in one place ----
    /** The pourvoi number of the heading ("Pourvoi n° B 21-19.704", "N° U 24-84.707 F"): this is a cassation decision. */
    private static final Pattern POURVOI_HEADING = Pattern.compile(
            "(?m)^\\s*(?:Pourvois?\\s+n°|N°\\s+[A-Z]\\s+\\d{2}-\\d{2}\\.\\d{3})");
    private static final Pattern FORMED = Pattern.compile(
            "(?u)\\b(?:a|ont)\\s+(?:également\\s+|aussi\\s+)?formé\\s+(?:le|un|des|les|deux|trois)?\\s*pourvois?\\b");
    /** Where the sentences naming the parties are over: the report and the hearing. */
    private static final List<String> HEADING_ENDS = List.of("Sur le rapport", "où étaient présents");
    private static final Pattern OPPOSING = Pattern.compile(
            "(?iu)dans (?:le litige|les litiges|l'instance) l(?:'|es\\s+|eur\\s+)?opposant(?:\\s+respectivement)?\\s*:?\\s*");
    /** The head's look-ahead, the first characters of every end, spares a search the alternatives elsewhere. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?iu)(?=[,\\s.d])(?:,?\\s*d[ée]fend(?:eur|eresse)s?\\s+(?:à|a)\\s+la\\s+cassation|" + PersonNames.SENTENCE_DOT + "|\\.$)");
    /** A line of the heading in capitals ("ARRÊT DE LA COUR DE CASSATION, ..., DU 23 OCTOBRE 2024"), not "1°/ M. [R] [C],". */
    private static final Pattern HEADING_LINE = Pattern.compile("(?u)^(?!\\d+°/)[^\\p{Ll}]*\\p{Lu}{4}[^\\p{Ll}]*$");
    private static final Pattern SENTENCE_CLOSED = Pattern.compile("[.:;»]$");
    private static final Pattern ENUMERATION = Pattern.compile("(?:^|\\s)\\d+°/\\s*");
    /**
     * What stands before a name: "à" of the defendants, "de" of a lawyer's clients, an export's
     * "*DEBAR" tag, "II." of a second pourvoi.
     */
    private static final Pattern BEFORE_NAME = Pattern.compile(
            "(?iu)^(?:\\*[A-Z]+\\s+)?(?:[IVX]+\\.\\s+)?(?:(?:à|au|aux|de|du|des|d')\\s*)?");
    /** "MM. [I] [P], [X] [P] et [C] [T]": one plural title for several persons. */
    private static final Pattern PLURAL_TITLE = Pattern.compile("^(MM\\.|Mmes|Messieurs|Mesdames)\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+|\\s+et\\s+");
    /** "Demandeur : M. [D]" and "Défendeur(s)\n: la société Google LLC et autre" on the Judilibre pages. */
    private static final Pattern SIDE_LINE = Pattern.compile(
            "(?m)^\\s*(?<side>Demandeur|D[ée]fendeur)(?:\\(s\\))?\\s*\\n?\\s*:\\s*(?<who>[^\\n]+?)(?:\\s+et\\s+autres?)?\\s*$");
    private static final String COUNSEL_START = "(?:la\\s+|l')?(?:Me|Ma[îi]tre|SCP|SARL|SAS|SELARL|SELAS|SELAFA|SELEURL"
            + "|AARPI|SCPA|[Ss]oci[ée]t[ée]|[Cc]abinet)\\b";
    /** "de la SCP Ricard, Bendel-Vasseur, Ghnassia, avocat des sociétés ...": counsel, then whom it speaks for. */
    private static final GuardedPattern OBSERVATIONS = MatchStarts.literal(Pattern.compile("(?mu)\\b(?:de|du)\\s+(?<counsel>" + COUNSEL_START
            + "[^;\\n]*?),\\s+avocats?\\s+(?:de|du|des|d'|aux Conseils pour)\\s+(?<client>[^;\\n]*?)"
            + "(?=,\\s+(?:de|du)\\s+" + COUNSEL_START + "|,\\s+(?:les\\s+observations|l'avis|après)"
            + "|,?\\s+et\\s+(?:l'avis|les\\s+conclusions)|,?\\s+après\\s+débats|$)"), List.of("de", "du"));
    /** The word of HAVING_COUNSEL: a window without it is not searched. */
    private static final String HAVING = "ayant";
    /** "l'URSSAF IDF, ayant la SCP Gatineau, Fattaccini et Rebeyrol pour avocat à la Cour de cassation". */
    private static final Pattern HAVING_COUNSEL = Pattern.compile(
            "(?mu)^\\s*(?<client>[^\\n,]+?),\\s+ayant\\s+(?<counsel>" + COUNSEL_START + "[^\\n]*?)\\s+pour\\s+avocat");
    private static final Pattern COUNSEL_ARTICLE = Pattern.compile("^(?:la\\s+|l')|^(?:Me|Ma[îi]tre)\\s+");
    private static final int HEADING_LENGTH = 20_000;
    /** How far before "avocat" a counsel mention may start ("de la SCP Célice, Texidor, Périer, avocat"). */
    private static final int COUNSEL_REACH = 400;

    private CassationPartyReader() {
    }

    /** True for a Cour de cassation decision, known by the pourvoi number at its head. */
    static boolean applies(String text) {
        int end = Math.min(text.length(), HEADING_LENGTH);
        return LineStarts.of(text, 0, end).matchesSeeingAround(POURVOI_HEADING, 0, end).find();
    }

    static List<Party> read(String text) {
        List<Named> parties = new ArrayList<>();
        int headingEnd = HEADING_ENDS.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(text.length());
        Matcher formed = FORMED.matcher(text).region(0, headingEnd);
        while (formed.find()) { // one sentence per pourvoi ("I. La société X a formé..., II. M. Y a également formé...")
            for (String item : items(demandeurs(text, backOverComma(text, formed.start())))) {
                add(parties, item, DEMANDEUR);
            }
            Matcher opposing = StartMatcher.seeingAround(OPPOSING, text);
            if (opposingBefore(opposing, formed.end(), end(text, formed.end()))) {
                for (String item : items(text.substring(opposing.end(), end(text, opposing.end())))) {
                    add(parties, item, DEFENDEUR);
                }
            }
        }
        if (parties.isEmpty()) {
            Matcher side = SIDE_LINE.matcher(text);
            while (side.find()) {
                add(parties, side.group("who"), side.group("side").startsWith("Dem") ? DEMANDEUR : DEFENDEUR);
            }
        }
        assignCounsel(parties, text, (from, to) -> OBSERVATIONS.in(text, from, to));
        assignCounsel(parties, text, (from, to) -> holds(text, HAVING, from, to)
                ? LineStarts.of(text, from, to).matchesSeeingAround(HAVING_COUNSEL, from, to) : null);
        return parties.stream().map(Named::party).toList();
    }

    /**
     * The text that names the demandeurs: before "a formé", back over the lines of the same sentence
     * (enumerated demandeurs, an address on two lines): while the top line goes on from the one above
     * it, which is neither the heading in capitals nor the end of a sentence.
     */
    private static String demandeurs(String text, int formed) {
        int from = text.lastIndexOf('\n', formed - 1) + 1;
        String top = text.substring(from, formed).strip();
        while (from > 0) {
            int previous = text.lastIndexOf('\n', from - 2) + 1;
            String line = text.substring(previous, from).strip();
            boolean opens = !top.isEmpty() && Character.isUpperCase(top.charAt(0));
            if (!line.isEmpty() && (HEADING_LINE.matcher(line).matches() || SENTENCE_CLOSED.matcher(line).find()
                    || (opens && !line.endsWith(",")))) {
                break;
            }
            from = previous;
            top = line.isEmpty() ? top : line;
        }
        return text.substring(from, formed);
    }

    /**
     * Where the demandeurs' text ends: before the comma and blanks that precede "a formé". Done by hand
     * rather than in the pattern, where a leading ",?\\s*" made the search try every blank of the text.
     */
    private static int backOverComma(String text, int formed) {
        int i = formed;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && text.charAt(i - 1) == ',' ? i - 1 : i;
    }

    /**
     * Whether the first "dans le litige l'opposant" after {@code from} starts before the sentence's
     * end, found by trying only the offsets before it (a search ran on to the end of the text).
     */
    private static boolean opposingBefore(Matcher opposing, int from, int sentenceEnd) {
        int textEnd = opposing.regionEnd();
        for (int start = from; start < sentenceEnd; start++) {
            if (opposing.region(start, textEnd).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static int end(String text, int from) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find(from) ? m.start() : text.length();
    }

    /**
     * "1°/ ..., 2°/ ..." gives each item; after a plural title ("Mmes [H] et [M] [S], MM. [Y], [X] et
     * [K] [S]") each name of the list is an item, with the singular title.
     */
    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String item : ENUMERATION.split(PersonNames.oneLine(text))) {
            if (!PLURAL_TITLE.matcher(item.strip()).find()) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
                continue;
            }
            String title = "";
            for (String name : LIST_SEPARATOR.split(item.strip())) {
                Matcher plural = PLURAL_TITLE.matcher(name);
                if (plural.find()) {
                    title = plural.group(1).equals("MM.") || plural.group(1).equals("Messieurs") ? "M. " : "Mme ";
                    name = name.substring(plural.end());
                }
                items.add(PersonNames.LEADING_TITLE.matcher(name).find() ? name : title + name);
            }
        }
        return items;
    }

    private static void add(List<Named> parties, String text, String role) {
        PartyName name = PartyNameReader.read(BEFORE_NAME.matcher(text.strip()).replaceFirst(""), true);
        if (name != null && parties.stream().noneMatch(p -> p.same(name))) {
            parties.add(new Named(name, role, new ArrayList<>(), PersonNames.fold(name.name())));
        }
    }

    /** Gives each counsel to the parties its client names; a client no party matches joins as a defendant. */
    /**
     * A counsel mention ends with "avocat" within a few hundred characters of its start: only windows
     * around the word are searched, which keeps a long ruling fast (the patterns otherwise try every
     * "de la société" of the text).
     */
    private static void assignCounsel(List<Named> parties, String text, Search search) {
        int windowStart = -1;
        int windowEnd = -1;
        for (int at = text.indexOf("avocat"); at >= 0; at = text.indexOf("avocat", at + 1)) {
            int start = Math.max(0, at - COUNSEL_REACH);
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            if (start > windowEnd) {
                search(parties, windowStart, windowEnd, search);
                windowStart = start;
            }
            windowEnd = Math.max(windowEnd, end);
        }
        search(parties, windowStart, windowEnd, search);
    }

    private static void search(List<Named> parties, int start, int end, Search search) {
        StartMatcher matches = start < 0 ? null : search.in(start, end);
        while (matches != null && matches.find()) {
            Matcher m = matches.matcher();
            Lawyer lawyer = new Lawyer(COUNSEL_ARTICLE.matcher(m.group("counsel").strip()).replaceFirst(""), null);
            Client client = Client.of(m.group("client"));
            List<Named> clients = parties.stream().filter(p -> p.namedIn(client)).toList();
            if (clients.isEmpty()) {
                for (String mention : client.mentions()) {
                    add(parties, mention, DEFENDEUR);
                }
                clients = parties.stream().filter(p -> p.namedIn(client)).toList();
            }
            for (Named party : clients) {
                if (party.lawyers().stream().noneMatch(l -> l.name().equals(lawyer.name()))) {
                    party.lawyers().add(lawyer);
                }
            }
        }
    }

    /** Whether {@code word} is written between the two offsets. */
    private static boolean holds(String text, String word, int from, int to) {
        int at = text.indexOf(word, from);
        return at >= 0 && at + word.length() <= to;
    }

    /** The matches of a counsel pattern between two offsets, as {@code find} gives them; null where it cannot match. */
    @FunctionalInterface
    private interface Search {
        StartMatcher in(int from, int to);
    }

    /**
     * The text a counsel speaks for ("des sociétés X et Y", "de M. [J]"), its mentions, and what is
     * compared with each party, read once rather than for each party.
     */
    private record Client(List<String> mentions, String folded, List<List<String>> names) {
        static Client of(String text) {
            List<String> mentions = List.of(LIST_SEPARATOR.split(text));
            List<List<String>> names = new ArrayList<>();
            for (String mention : mentions) {
                PartyName read = PartyNameReader.read(BEFORE_NAME.matcher(mention.strip()).replaceFirst(""), true);
                if (read != null) {
                    names.add(List.of(PersonNames.fold(read.name()).split(" ")));
                }
            }
            return new Client(mentions, " " + PersonNames.fold(text) + " ", names);
        }
    }

    /** A party being read, with the lawyers found for it so far, and its name folded ({@link PersonNames#fold}). */
    private record Named(PartyName name, String role, List<Lawyer> lawyers, String key) {
        Party party() {
            return new Party(name.name(), name.legalForm(), name.kind(), role, List.copyOf(lawyers));
        }

        /** The same party, or a longer or shorter mention of it ("[F]" of "[T] [F]", named again in an incident pourvoi). */
        boolean same(PartyName other) {
            String mine = " " + key + " ";
            String theirs = " " + PersonNames.fold(other.name()) + " ";
            return mine.contains(theirs) || theirs.contains(mine);
        }

        /** The client text names this party in full, or one of its persons by the words of this name ("M. [J]"). */
        boolean namedIn(Client client) {
            if (!key.isEmpty() && client.folded().contains(" " + key + " ")) {
                return true;
            }
            Set<String> words = new HashSet<>(List.of(key.split(" ")));
            return client.names().stream().anyMatch(words::containsAll);
        }
    }
}
