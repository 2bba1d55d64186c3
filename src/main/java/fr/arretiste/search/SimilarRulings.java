package fr.arretiste.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.Locale;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import fr.arretiste.index.Keys;
import fr.arretiste.index.RulingFields;
import fr.arretiste.ruling.CitedArticle;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * The rulings closest to one ruling, in one Lucene query that adds up three kinds of closeness:
 * the words of its reasons and dispositif (MoreLikeThis: the words frequent there and rare in the
 * index), the provisions it cites (each weighed by its rarity, so that sharing article 700 of the
 * code de procédure civile, which most rulings cite, counts little), and the same outcome.
 */
final class SimilarRulings {
    /** The words of the reasons and dispositif that make the text part of the query. */
    private static final int KEY_TERMS = 25;
    /** A word counts when the ruling uses it at least twice... */
    private static final int MIN_TERM_FREQUENCY = 2;
    /** ...and another ruling uses it too (the ruling itself is one of the two). */
    private static final int MIN_DOC_FREQUENCY = 2;
    /** A word most rulings use ("cour", "jugement") says nothing about what this one is about. */
    private static final int MAX_DOC_FREQUENCY_PERCENT = 50;
    /** Elided and one-letter words, paragraph numbers. */
    private static final int MIN_WORD_LENGTH = 3;
    /** Long reasons are read whole. */
    private static final int MAX_TOKENS_READ = 50_000;
    /** A provision both cite weighs as much as a couple of strong key words. */
    private static final float ARTICLE_WEIGHT = 2f;
    /** The same outcome breaks ties between rulings equally close by text and provisions. */
    private static final float OUTCOME_WEIGHT = 0.5f;

    /**
     * French stop words, and words that many rulings share whatever their subject: companies'
     * legal forms, the placeholders of the open-data pseudonymisation ("[Adresse 1]", "[Localité 4]")
     * and the months of the dates written in words.
     */
    private static final CharArraySet STOP_WORDS = stopWords();
    /** Years, sums and paragraph numbers: shared by rulings that have nothing else in common. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    /** The elided article or pronoun a token keeps in its offsets ("l'appel", "qu'il"). */
    private static final Pattern ELIDED = Pattern.compile("^\\p{L}{1,2}['’]");

    private final RulingSearcher searcher;

    SimilarRulings(RulingSearcher searcher) {
        this.searcher = searcher;
    }

    /** The stop words as the text analyzer makes them (folded, stemmed), since MoreLikeThis compares analysed words. */
    private static CharArraySet stopWords() {
        List<Object> words = new ArrayList<>(FrenchAnalyzer.getDefaultStopSet());
        words.addAll(List.of("SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SNC", "SCP", "SELARL", "SELAS", "société",
                "Adresse", "Localité", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"));
        CharArraySet analysed = new CharArraySet(words.size(), false);
        for (Object word : words) {
            String text = word instanceof char[] chars ? new String(chars) : word.toString();
            try {
                analyse(text, (term, written) -> analysed.add(term));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a string reader does not fail
            }
        }
        return CharArraySet.unmodifiableSet(analysed);
    }

    List<SimilarRuling> of(StoredRuling source, int limit) throws IOException {
        Ruling ruling = source.ruling();
        String reasons = reasonsAndDispositif(source);
        BooleanQuery like = like(reasons);
        Map<Term, String> keyTerms = keyTerms(like, reasons);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.SHOULD)
                .add(RulingSearcher.idQuery(ruling.id()), BooleanClause.Occur.MUST_NOT);
        for (String article : articles(ruling).keySet()) {
            query.add(new BoostQuery(new TermQuery(new Term(RulingFields.ARTICLE, article)), ARTICLE_WEIGHT),
                    BooleanClause.Occur.SHOULD);
        }
        String outcome = solution(ruling);
        if (outcome != null) {
            Query same = new ConstantScoreQuery(new TermQuery(new Term(RulingFields.OUTCOME,
                    Keys.of(RulingFields.OUTCOME, outcome))));
            query.add(new BoostQuery(same, OUTCOME_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        TopDocs top = searcher.searcher().search(query.build(), limit);
        List<Hit> hits = searcher.hits(like, top);
        List<SimilarRuling> similar = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            int doc = top.scoreDocs[i].doc;
            Ruling other = RulingSearcher.ruling(searcher.searcher().storedFields(), doc);
            similar.add(new SimilarRuling(hits.get(i), common(articles(ruling), articles(other)),
                    termsIn(doc, keyTerms), outcome != null && outcome.equals(solution(other))));
        }
        return similar;
    }

    /** The text of the reasons and the dispositif; the whole text when the zones were not found. */
    private static String reasonsAndDispositif(StoredRuling source) {
        Zones zones = source.ruling().zones();
        String text = source.text() == null ? "" : source.text();
        StringBuilder reasons = new StringBuilder();
        if (zones != null) {
            for (Span zone : new Span[] {zones.motivation(), zones.dispositif()}) {
                if (zone != null && zone.end() <= text.length()) {
                    reasons.append(zone.of(text)).append('\n');
                }
            }
        }
        return reasons.isEmpty() ? text : reasons.toString();
    }

    /** MoreLikeThis's query: the key words of the text, each weighed by how characteristic it is. */
    private BooleanQuery like(String reasons) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.reader());
        mlt.setAnalyzer(searcher.analyzer());
        mlt.setFieldNames(new String[] {RulingFields.TEXT});
        mlt.setMinTermFreq(MIN_TERM_FREQUENCY);
        mlt.setMinDocFreq(MIN_DOC_FREQUENCY);
        mlt.setMaxDocFreqPct(MAX_DOC_FREQUENCY_PERCENT);
        mlt.setMinWordLen(MIN_WORD_LENGTH);
        mlt.setMaxQueryTerms(KEY_TERMS);
        mlt.setMaxNumTokensParsed(MAX_TOKENS_READ);
        mlt.setStopWords(STOP_WORDS);
        mlt.setBoost(true);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (BooleanClause clause : ((BooleanQuery) mlt.like(RulingFields.TEXT, new StringReader(reasons))).clauses()) {
            if (!NUMBER.matcher(term(clause).text()).matches()) {
                words.add(clause);
            }
        }
        return words.build();
    }

    /** Each clause of the query is a term query boosted by its weight relative to the others (setBoost). */
    private static Term term(BooleanClause clause) {
        return ((TermQuery) ((BoostQuery) clause.query()).getQuery()).getTerm();
    }

    /** The key words of the query, strongest first, each with the first way the ruling writes it. */
    private static Map<Term, String> keyTerms(BooleanQuery like, String reasons) throws IOException {
        Map<Term, String> written = writtenForms(reasons);
        Map<Term, String> terms = new LinkedHashMap<>();
        like.clauses().stream()
                .sorted(Comparator.comparingDouble((BooleanClause clause) -> ((BoostQuery) clause.query()).getBoost())
                        .reversed())
                .map(SimilarRulings::term)
                .forEach(term -> terms.put(term, written.getOrDefault(term, term.text())));
        return terms;
    }

    /** For each word of the text, as analysed, its first occurrence as written ("condamn" → "condamne", "appel" → "appel" of "l'appel"). */
    private static Map<Term, String> writtenForms(String text) throws IOException {
        Map<Term, String> forms = new HashMap<>();
        analyse(text, (term, written) -> forms.putIfAbsent(new Term(RulingFields.TEXT, term),
                ELIDED.matcher(written).replaceFirst("").toLowerCase(Locale.ROOT)));
        return forms;
    }

    /** Each word of the text as the index's text analyzer makes it, with the characters it was made from. */
    private static void analyse(String text, BiConsumer<String, String> word) throws IOException {
        try (TokenStream tokens = RulingFields.analyzer().tokenStream(RulingFields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                word.accept(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        }
    }

    /** The key words that this document of the index also contains, strongest first. */
    private List<String> termsIn(int doc, Map<Term, String> keyTerms) throws IOException {
        List<LeafReaderContext> leaves = searcher.reader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        List<String> found = new ArrayList<>();
        for (Map.Entry<Term, String> term : keyTerms.entrySet()) {
            PostingsEnum postings = leaf.reader().postings(term.getKey(), PostingsEnum.NONE);
            if (postings != null && postings.advance(local) == local) {
                found.add(term.getValue());
            }
        }
        return found;
    }

    /** The provisions a ruling cites, by index key, each with the label it is shown with. */
    private static Map<String, String> articles(Ruling ruling) {
        Map<String, String> articles = new LinkedHashMap<>();
        for (CitedArticle citation : ruling.citations() == null ? List.<CitedArticle>of() : ruling.citations()) {
            if (Provisions.named(citation)) {
                articles.putIfAbsent(Provisions.key(citation), Provisions.label(citation));
            }
        }
        return articles;
    }

    private static List<String> common(Map<String, String> mine, Map<String, String> theirs) {
        return mine.entrySet().stream().filter(e -> theirs.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private static String solution(Ruling ruling) {
        return ruling.outcome() == null ? null : ruling.outcome().solution();
    }
}
