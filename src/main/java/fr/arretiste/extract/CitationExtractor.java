package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;

import fr.arretiste.ruling.CitedArticle;

import static fr.arretiste.extract.CitationPatterns.NAME_BEFORE_ARTICLE;
import static fr.arretiste.extract.CitationPatterns.POSSESSIVE_BEFORE_ARTICLE;
import static fr.arretiste.extract.CitationPatterns.SOURCE_WORD;

/**
 * Every legal provision cited, once per (article, source), with the span of its first mention.
 * <p>
 * A mention names its source ("du code civil"), points back to one ("du même code": the last text
 * of that family named before), or names none. A bare article then takes, in this order: the source
 * the ruling gives the same article elsewhere; the code de procédure civile for article 700 (the
 * irrecoverable costs every civil ruling awards); the source of the citation just before it, which
 * is how rulings quote a code ("à l'article L. 742-4" inside a quoted CESEDA article); else none.
 */
public final class CitationExtractor {
    private static final LegalSource CIVIL_PROCEDURE = new LegalSource("code de procédure civile", LegalSource.CODE);
    /** The source of an article whose text the ruling names in a way not read here: written null. */
    private static final LegalSource UNNAMED = new LegalSource(null, LegalSource.OTHER);
    /** How far back a text's name may stand before ", article 1" or "en son article 1" that belongs to it. */
    private static final int NAME_BEFORE_REACH = 200;

    private final SourceReader sources = new SourceReader();
    private final ArticleListReader articles = new ArticleListReader(sources);

    public List<CitedArticle> extract(RulingText ruling) {
        String text = ruling.text();
        List<ArticleListReader.Group> groups = articles.read(text);
        NavigableMap<Integer, SourceReader.Phrase> named = namesIn(text);
        Map<ArticleListReader.Group, LegalSource> stated = new IdentityHashMap<>();
        Map<String, TreeMap<Integer, LegalSource>> sourcesOfArticle = new HashMap<>();
        TreeMap<Integer, LegalSource> citedBefore = new TreeMap<>();
        for (ArticleListReader.Group group : groups) {
            LegalSource source = statedSource(text, group, named);
            if (source == null) {
                continue;
            }
            stated.put(group, source);
            if (source != UNNAMED) {
                named.putIfAbsent(group.start(), new SourceReader.Phrase(source, null, group.end()));
                citedBefore.put(group.start(), source);
                group.items().forEach(item -> sourcesOfArticle.computeIfAbsent(item.article(), a -> new TreeMap<>())
                        .put(group.start(), source));
            }
        }

        Map<List<String>, CitedArticle> cited = new LinkedHashMap<>();
        for (ArticleListReader.Group group : groups) {
            for (ArticleListReader.Item item : group.items()) {
                LegalSource source = stated.containsKey(group) ? stated.get(group)
                        : implied(item, group.start(), sourcesOfArticle, citedBefore);
                if (source == null) {
                    source = UNNAMED;
                }
                String article = source.kind().equals(LegalSource.CODE) ? item.article().replace('.', '-')
                        : item.article();
                cited.putIfAbsent(List.of(article, Objects.toString(source.name(), "")), new CitedArticle(article,
                        source.name(), source.kind(),
                        ruling.original().substring(group.start(), group.end()), group.start(), group.end()));
            }
        }
        return new ArrayList<>(cited.values());
    }

    /** Every text named in the ruling, by offset, for "du même code" and "Protocole..., article 1". */
    private NavigableMap<Integer, SourceReader.Phrase> namesIn(String text) {
        NavigableMap<Integer, SourceReader.Phrase> named = new TreeMap<>();
        StartMatcher search = SOURCE_WORD.in(text);
        int from = 0;
        while (from < text.length() && search.find(from)) {
            Matcher word = search.matcher();
            SourceReader.Phrase phrase = sources.named(text, word.start(), false);
            if (phrase != null) {
                named.put(word.start(), phrase);
            }
            from = phrase == null ? word.end() : Math.max(word.end(), phrase.end());
        }
        return named;
    }

    /**
     * The source the mention gives: named after it, pointed back to, or named just before it;
     * {@link #UNNAMED} for a text it names in a way this extractor cannot read; null if it gives none.
     */
    private static LegalSource statedSource(String text, ArticleListReader.Group group,
            NavigableMap<Integer, SourceReader.Phrase> named) {
        SourceReader.Phrase phrase = group.phrase();
        if (phrase != null && phrase.source() != null) {
            return phrase.source();
        }
        if (phrase != null && phrase.family() == null) {
            return UNNAMED;
        }
        if (phrase != null) {
            if (phrase.family().equals(LegalSource.CONTRACT)) {
                return LegalSource.CONTRACT_CLAUSES;
            }
            return named.headMap(group.start(), false).descendingMap().values().stream()
                    .map(SourceReader.Phrase::source).filter(s -> s.isOf(phrase.family())).findFirst().orElse(UNNAMED);
        }
        boolean possessive = POSSESSIVE_BEFORE_ARTICLE.matcher(text.substring(Math.max(0, group.start() - 10),
                group.start())).find();
        for (SourceReader.Phrase before : named.subMap(group.start() - NAME_BEFORE_REACH, true, group.start(), false)
                .descendingMap().values()) {
            if (before.end() <= group.start() && (possessive
                    || NAME_BEFORE_ARTICLE.matcher(text.substring(before.end(), group.start())).matches())) {
                return before.source();
            }
        }
        return null;
    }

    private static LegalSource implied(ArticleListReader.Item item, int at,
            Map<String, TreeMap<Integer, LegalSource>> sourcesOfArticle, TreeMap<Integer, LegalSource> citedBefore) {
        TreeMap<Integer, LegalSource> same = sourcesOfArticle.get(item.article());
        if (same != null) {
            Map.Entry<Integer, LegalSource> nearest = same.floorEntry(at);
            return (nearest != null ? nearest : same.firstEntry()).getValue();
        }
        if (item.article().equals("700")) {
            return CIVIL_PROCEDURE;
        }
        return citedBefore.headMap(at, false).descendingMap().values().stream()
                .filter(s -> !item.prefixed() || s.kind().equals(LegalSource.CODE)).findFirst().orElse(null);
    }
}
