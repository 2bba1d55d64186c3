package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static fr.arretiste.extract.CitationPatterns.ARTICLE_NUMBER;
import static fr.arretiste.extract.CitationPatterns.ARTICLE_WORD;
import static fr.arretiste.extract.CitationPatterns.LIST_SEPARATOR;
import static fr.arretiste.extract.CitationPatterns.PREFIXED_NEXT;
import static fr.arretiste.extract.CitationPatterns.QUALIFIER;
import static fr.arretiste.extract.CitationPatterns.RANGE_SEPARATOR;
import static fr.arretiste.extract.SourceReader.region;

/**
 * Reads every "article(s) ..." mention of a text into groups: the numbers that share one source
 * phrase. "articles 1224 et 1227 du code civil, 700 du code de procédure civile" is two groups;
 * "articles 1231 à 1231-7" one group of both ends of the range; paragraphs, alinéas and
 * "et suivants" are read over and dropped.
 */
final class ArticleListReader {
    /** An article number as written, normalised ("L1111-8", "1635bisP", "13.1"); prefixed by a code part letter. */
    record Item(String article, boolean prefixed) {
    }

    /** Numbers sharing one source phrase (null when none follows), and the span of the mention. */
    record Group(List<Item> items, SourceReader.Phrase phrase, int start, int end) {
    }

    private final SourceReader sources;

    ArticleListReader(SourceReader sources) {
        this.sources = sources;
    }

    List<Group> read(String text) {
        List<Group> groups = new ArrayList<>();
        StartMatcher search = ARTICLE_WORD.in(text);
        int from = 0;
        while (from < text.length() && search.find(from)) {
            Matcher word = search.matcher();
            boolean plural = word.group().trim().toLowerCase().endsWith("s");
            Group group = group(text, word.start(), word.end(), plural);
            from = word.end();
            while (group != null) {
                groups.add(group);
                from = group.end();
                group = group.phrase() != null ? continuation(text, group.end()) : null;
            }
        }
        return groups;
    }

    /**
     * After "articles 1224 du code civil": ", 700 du code de procédure civile"; after "article 700 du
     * code de procédure civile": "et 37 de la loi du 10 juillet 1991". Only if it names its source too,
     * so that "article 700 du code de procédure civile, 2 mois" is not read as an article 2.
     */
    private Group continuation(String text, int at) {
        Matcher separator = region(LIST_SEPARATOR, text, at);
        if (!separator.lookingAt()) {
            return null;
        }
        Group next = group(text, separator.end(), separator.end(), true);
        return next != null && next.phrase() != null ? next : null;
    }

    private Group group(String text, int start, int at, boolean plural) {
        List<Item> items = new ArrayList<>();
        int end = item(text, at, items);
        if (end < 0) {
            return null;
        }
        while (true) {
            int next = nextItem(text, end, plural, items);
            if (next < 0) {
                break;
            }
            end = next;
        }
        SourceReader.Phrase phrase = sources.after(text, end);
        return new Group(List.copyOf(items), phrase, start, phrase == null ? end : phrase.end());
    }

    /** A separator and another number; a bare comma continues a plural list or a prefixed number only. */
    private int nextItem(String text, int at, boolean plural, List<Item> items) {
        for (Matcher separator : List.of(region(RANGE_SEPARATOR, text, at), region(LIST_SEPARATOR, text, at),
                region(PREFIXED_NEXT, text, at))) {
            if (separator.lookingAt()) {
                List<Item> candidate = new ArrayList<>();
                int end = item(text, separator.end(), candidate);
                boolean commaOnly = separator.group().trim().equals(",");
                if (end >= 0 && (plural || !commaOnly || candidate.getFirst().prefixed())) {
                    items.addAll(candidate);
                    return end;
                }
            }
        }
        return -1;
    }

    /** One number and its qualifiers at {@code at}: adds it, returns where it ends, or -1. */
    private static int item(String text, int at, List<Item> items) {
        Matcher number = region(ARTICLE_NUMBER, text, at);
        if (!number.lookingAt()) {
            return -1;
        }
        items.add(new Item(normalised(number), number.group("prefix") != null));
        int end = number.end();
        Matcher qualifier = region(QUALIFIER, text, end);
        while (qualifier.lookingAt() && qualifier.end() > end) {
            end = qualifier.end();
            qualifier = region(QUALIFIER, text, end);
        }
        return end;
    }

    private static String normalised(Matcher number) {
        String prefix = number.group("prefix") == null ? "" : lettersOf(number.group("prefix"));
        String digits = number.group("number") != null ? number.group("number").replace(" ", "")
                : number.group("word").toLowerCase().startsWith("premier") ? "1" : "préliminaire";
        String latin = number.group("latin") == null ? "" : number.group("latin").replace(" ", "");
        String letter = number.group("letter") == null ? "" : number.group("letter").trim();
        return prefix + digits + latin + letter;
    }

    /** "L. " gives "L". */
    private static String lettersOf(String s) {
        StringBuilder letters = new StringBuilder();
        s.chars().filter(Character::isLetter).forEach(c -> letters.append((char) c));
        return letters.toString();
    }
}
