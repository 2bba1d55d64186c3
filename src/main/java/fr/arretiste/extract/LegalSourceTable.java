package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts known by name: the codes (canonical names of GUIDELINES.md, then the other codes of
 * Légifrance), the European and constitutional texts and a few other regulatory documents, each with
 * the variants and abbreviations rulings use. Names are compared with {@link FoldedText} and a
 * tolerance of one edit per ten letters, since rulings (and their OCR) misspell them
 * ("Code de Procédure Civlie", "Code cle procédure civile").
 */
final class LegalSourceTable {
    /** A folded name, its source, and its rank in the table (the earlier wins a tie). */
    private record Name(String folded, LegalSource source, int rank) {
        String firstWord() {
            int space = folded.indexOf(' ');
            return space < 0 ? folded : folded.substring(0, space);
        }
    }

    /** A name found in the text: the source and the number of folded characters it covers. */
    record Found(LegalSource source, int foldedLength) {
    }

    private final List<Name> names = new ArrayList<>();
    /** The names by their first word, so that a look-up tries only those whose first word the text starts with. */
    private final Map<String, NameTrie<Name>> byFirstWord = new LinkedHashMap<>();
    private final Map<String, LegalSource> abbreviations = new HashMap<>();

    LegalSourceTable() {
        code("code civil", "C. civ.");
        code("code de procédure civile", "CPC", "NCPC", "C. pr. civ.", "C. proc. civ.");
        alias("code de procédure civile", "code de la procédure civile", "nouveau code de procédure civile");
        code("code du travail", "C. trav.");
        code("code de commerce", "C. com.", "C. comm.");
        code("code de la santé publique", "CSP", "C. santé publ.");
        code("code de la consommation", "C. consom.", "C. conso.", "C. consomm.");
        code("code de la sécurité sociale", "CSS", "C. séc. soc.");
        code("code pénal", "C. pén.");
        code("code de procédure pénale", "CPP", "C. pr. pén.", "C. proc. pén.");
        alias("code de procédure pénale", "code de la procédure pénale");
        code("code des procédures civiles d'exécution", "CPCE", "C. pr. exéc.", "C. proc. exéc.");
        code("code de l'entrée et du séjour des étrangers et du droit d'asile", "CESEDA");
        alias("code de l'entrée et du séjour des étrangers et du droit d'asile",
                "code de l'entrée et du séjour des étrangers en france et du droit d'asile");
        code("code des assurances", "C. assur.", "C. ass.");
        code("code de la construction et de l'habitation", "CCH", "C. constr. hab.");
        code("code de l'organisation judiciaire", "COJ", "C. org. jud.");
        code("code général des impôts", "CGI");
        code("code de la propriété intellectuelle", "CPI", "C. propr. intell.");
        code("code monétaire et financier", "CMF", "C. mon. fin.");
        code("code rural et de la pêche maritime", "CRPM", "C. rur.");
        alias("code rural et de la pêche maritime", "code rural");
        code("code de justice administrative", "CJA");
        code("code de l'urbanisme", "C. urb.");
        code("code de l'environnement", "C. env.", "C. envir.");
        code("code des transports", "C. transp.");
        code("code de la route");
        code("code général des collectivités territoriales", "CGCT");
        code("code de l'action sociale et des familles", "CASF");
        code("code de l'éducation", "C. éduc.");
        code("code de la sécurité intérieure", "CSI");
        code("code des relations entre le public et l'administration", "CRPA");
        code("code général de la propriété des personnes publiques", "CGPPP");
        code("code de la commande publique");
        code("code de l'expropriation pour cause d'utilité publique");
        code("code général de la fonction publique", "CGFP");
        code("code de la justice pénale des mineurs", "CJPM");
        code("livre des procédures fiscales", "LPF");
        for (String other : List.of("code du sport", "code de la mutualité", "code des douanes", "code électoral",
                "code forestier", "code minier", "code de l'énergie", "code du tourisme",
                "code des postes et des communications électroniques", "code de la voirie routière", "code du patrimoine",
                "code de la défense", "code des pensions civiles et militaires de retraite",
                "code des pensions militaires d'invalidité et des victimes de guerre", "code des juridictions financières",
                "code du travail applicable à mayotte", "code de l'artisanat", "code du cinéma et de l'image animée",
                "code de l'aviation civile", "code du domaine de l'état", "code des communes",
                "code de la famille et de l'aide sociale", "code de la recherche",
                "code des impositions sur les biens et services")) {
            code(other);
        }
        text("convention européenne des droits de l'homme", LegalSource.EUROPEAN, "CEDH",
                "convention européenne de sauvegarde des droits de l'homme et des libertés fondamentales",
                "convention de sauvegarde des droits de l'homme et des libertés fondamentales",
                "convention européenne de sauvegarde des droits de l'homme", "convention edh", "convention européenne");
        text("protocole additionnel à la convention européenne des droits de l'homme", LegalSource.EUROPEAN, null,
                "protocole additionnel à la convention de sauvegarde des droits de l'homme et des libertés fondamentales",
                "premier protocole additionnel à la convention européenne des droits de l'homme",
                "protocole n° 1 à la convention européenne des droits de l'homme", "premier protocole additionnel",
                "protocole additionnel n° 1", "protocole additionnel");
        text("traité sur le fonctionnement de l'union européenne", LegalSource.EUROPEAN, "TFUE");
        text("traité sur l'union européenne", LegalSource.EUROPEAN, "TUE");
        text("charte des droits fondamentaux de l'union européenne", LegalSource.EUROPEAN, null,
                "charte des droits fondamentaux");
        text("règlement (UE) 2016/679", LegalSource.EUROPEAN, "RGPD",
                "règlement général sur la protection des données");
        text("déclaration des droits de l'homme et du citoyen du 26 août 1789", LegalSource.OTHER, "DDHC",
                "déclaration des droits de l'homme et du citoyen",
                "déclaration du 26 août 1789 des droits de l'homme et du citoyen");
        text("constitution du 4 octobre 1958", LegalSource.OTHER, null, "constitution");
        text("plan local d'urbanisme", LegalSource.OTHER, "PLU");
        text("règlement de copropriété", LegalSource.OTHER, null);
        text("règlement intérieur", LegalSource.OTHER, null);
        text("nomenclature générale des actes professionnels", LegalSource.OTHER, "NGAP");
        for (Name name : names) {
            byFirstWord.computeIfAbsent(name.firstWord(), w -> new NameTrie<>()).add(name.folded(), name);
        }
    }

    private void add(String name, LegalSource source) {
        names.add(new Name(FoldedText.fold(name), source, names.size()));
    }

    private void code(String name, String... abbreviationsOfIt) {
        LegalSource source = new LegalSource(name, LegalSource.CODE);
        add(name, source);
        for (String a : abbreviationsOfIt) {
            abbreviations.put(key(a), source);
        }
    }

    private void alias(String canonical, String... variants) {
        LegalSource source = new LegalSource(canonical, LegalSource.CODE);
        for (String v : variants) {
            add(v, source);
        }
    }

    private void text(String name, String kind, String abbreviation, String... variants) {
        LegalSource source = new LegalSource(name, kind);
        add(name, source);
        for (String v : variants) {
            add(v, source);
        }
        if (abbreviation != null) {
            abbreviations.put(key(abbreviation), source);
        }
    }

    /** "C. pr. civ." and "CPC" alike: folded, without dots or spaces. */
    private static String key(String abbreviation) {
        StringBuilder key = new StringBuilder();
        FoldedText.fold(abbreviation).chars().filter(Character::isLetter).forEach(c -> key.append((char) c));
        return key.toString();
    }

    /** The text whose abbreviation this is, or null. */
    LegalSource abbreviated(String token) {
        return abbreviations.get(key(token));
    }

    /**
     * The known name that the folded text starts with: the one covering the most text, then the
     * closest in edit distance (so "protocole additionnel de la convention de sauvegarde..." is the
     * protocol, not its first two words), then the first in the table. Names are only tried when
     * their first word is spelt right, which keeps the search cheap.
     */
    Found nameAtStart(FoldedText text) {
        String t = text.text();
        NameTrie.Hit<Name> best = null;
        for (Map.Entry<String, NameTrie<Name>> group : byFirstWord.entrySet()) {
            if (!t.startsWith(group.getKey())) {
                continue;
            }
            for (NameTrie.Hit<Name> hit : group.getValue().spelt(t)) {
                if (best == null || hit.length() > best.length()
                        || hit.length() == best.length() && (hit.distance() < best.distance()
                                || hit.distance() == best.distance() && hit.value().rank() < best.value().rank())) {
                    best = hit;
                }
            }
        }
        return best == null ? null : new Found(best.value().source(), best.length());
    }

    /**
     * Whether the folded text starts with the first word of a name, which {@link #nameAtStart} needs:
     * a cheap test, false for most words, on a text of at least {@link #longestFirstWord()} characters.
     */
    boolean startsWithFirstWord(FoldedText text) {
        String t = text.text();
        for (String firstWord : byFirstWord.keySet()) {
            if (t.startsWith(firstWord)) {
                return true;
            }
        }
        return false;
    }

    /** Longest first word of a name, in folded characters. */
    int longestFirstWord() {
        return byFirstWord.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Longest name in the table, in folded characters: how much text a look-up needs to see. */
    int longestName() {
        return names.stream().mapToInt(n -> n.folded().length()).max().orElse(0);
    }
}
