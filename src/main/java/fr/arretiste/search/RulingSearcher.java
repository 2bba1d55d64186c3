package fr.arretiste.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

import fr.arretiste.index.RulingFields;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;
import fr.arretiste.search.RulingQueryParser.BadValueException;

/** Searches the index that {@link fr.arretiste.index.RulingIndex} writes, as it stands when opened. */
public final class RulingSearcher implements Closeable {
    private static final int LABELS_PER_FACET = 10;
    /** Characters of text around the matches; a ruling's sentences are too long to be the unit. */
    private static final int SNIPPET_LENGTH = 240;
    /** As much context before the match as after it. */
    private static final float MATCH_IN_THE_MIDDLE = 0.5f;
    private static final int PASSAGES_PER_SNIPPET = 2;
    /** Line breaks and runs of spaces of the ruling's layout, which mean nothing in a one-line snippet. */
    private static final Pattern LAYOUT_SPACE = Pattern.compile("\\s+");

    /** The syntax errors people make most: a value with a slash, a space or a colon left unquoted, a quote left open. */
    private static final String SYNTAX_HINT =
            " (a value with spaces, slashes or colons goes between quotes, rg:\"21/01153\"; close every quote and bracket)";

    /** Most recent first; rulings without a date (the lowest value) last; equal days by relevance. */
    private static final Sort NEWEST_FIRST = newestFirst();
    /** The stored fields a ruling is read from. */
    private static final Set<String> STORED = Set.of(RulingFields.JSON, RulingFields.TEXT);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /**
     * Lucene's default searcher, one thread and its own order of segments (largest first): the
     * order in which {@link ResultStatistics} samples the first rulings of a large result.
     */
    private final IndexSearcher sampling;
    /** One analyzer for every request: it keeps its token streams from one query to the next, per thread. */
    private final Analyzer analyzer = RulingFields.analyzer();
    private final UnifiedHighlighter highlighter;
    /** Null when no ruling has a facet value yet: Lucene refuses to read facets that were never written. */
    private final SortedSetDocValuesReaderState facetState;

    private RulingSearcher(DirectoryReader reader) throws IOException {
        this.reader = reader;
        this.searcher = new SlicedSearcher(reader);
        this.sampling = new IndexSearcher(reader);
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(Integer.MAX_VALUE - 1)
                // Passages bounded at spaces: the JDK's word iterator, stepped word by word to the length
                // goal around every match, was a third of a search's time on 200,000 rulings.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), SNIPPET_LENGTH, MATCH_IN_THE_MIDDLE))
                .withFormatter(new SnippetFormatter())
                .build();
        this.facetState = hasFacets(reader)
                ? new DefaultSortedSetDocValuesReaderState(reader, RulingFields.facetsConfig())
                : null;
    }

    /** Opens the index in {@code dir}; an {@link IndexNotFoundException} says so when there is none. */
    public static RulingSearcher open(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            FSDirectory directory = FSDirectory.open(dir);
            if (DirectoryReader.indexExists(directory)) {
                return new RulingSearcher(DirectoryReader.open(directory));
            }
            directory.close();
        }
        throw new IndexNotFoundException("no index in " + dir + " (build it with: arretiste import)");
    }

    /** Runs the query with its filters; an {@link InvalidQueryException} says what is wrong with either. */
    public SearchResult search(SearchRequest request) throws IOException {
        Query query = parse(request);
        FacetCounter facets = new FacetCounter(facetState);
        // more slots than rulings would only take memory
        int window = Math.min(request.offset() + request.limit(), reader.maxDoc());
        if (window == 0) {
            FacetCounter.Counts counts = searcher.search(query, facets);
            return new SearchResult(counts.matches(), List.of(), facets.top(counts, RulingFields.FACETS, LABELS_PER_FACET));
        }
        // one pass finds the best hits and counts every match with its facet values
        Object[] results = searcher.search(query, new MultiCollectorManager(topHits(request.order(), window), facets));
        TopDocs top = (TopDocs) results[0];
        if (request.order() == SearchRequest.Order.DATE) {
            TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        }
        FacetCounter.Counts counts = (FacetCounter.Counts) results[1];
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                top.scoreDocs.length);
        return new SearchResult(counts.matches(), hits(query, new TopDocs(top.totalHits, page)),
                facets.top(counts, RulingFields.FACETS, LABELS_PER_FACET));
    }

    /** The best {@code window} hits in this order; their total is the facets' count, exact, so none is counted here. */
    private static CollectorManager<?, ? extends TopDocs> topHits(SearchRequest.Order order, int window) {
        return order == SearchRequest.Order.DATE
                ? new TopFieldCollectorManager(NEWEST_FIRST, window, null, window)
                : new TopScoreDocCollectorManager(window, null, window);
    }

    /** The ruling with this id, as it was extracted. */
    public Optional<Ruling> get(String id) throws IOException {
        return stored(id).map(StoredRuling::ruling);
    }

    /** The ruling with this id and the full text it was extracted from (its spans are offsets in it). */
    public Optional<StoredRuling> stored(String id) throws IOException {
        TopDocs top = searcher.search(idQuery(id), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, STORED);
        return Optional.of(new StoredRuling(RulingJson.read(doc.get(RulingFields.JSON)), doc.get(RulingFields.TEXT)));
    }

    /** The rulings closest to this one, best first, each with what it has in common with it. */
    public List<SimilarRuling> similar(String id, int limit) throws IOException {
        return new SimilarRulings(this).of(stored(id).orElseThrow(() -> new UnknownRulingException(id)), limit);
    }

    /** These rulings side by side, in this order. */
    public Comparison compare(List<String> ids) throws IOException {
        List<Ruling> rulings = new ArrayList<>();
        for (String id : ids) {
            rulings.add(get(id).orElseThrow(() -> new UnknownRulingException(id)));
        }
        return RulingComparison.of(rulings);
    }

    /** Outcomes by court and by year and the sums granted under article 700, over every ruling the request matches. */
    public ResultStats stats(SearchRequest request) throws IOException {
        FacetsCollector matching = sampling.search(parse(request), new FacetsCollectorManager());
        return new ResultStatistics(sampling.storedFields()).of(matching);
    }

    IndexReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    static Query idQuery(String id) {
        return new TermQuery(new Term(RulingFields.ID, id));
    }

    /**
     * The hits of these top documents, each with a snippet of its text where the query matches. The
     * snippets cost most of a search: the hits are shared between the cores.
     */
    List<Hit> hits(Query query, TopDocs top) throws IOException {
        List<Callable<List<Hit>>> parts = new ArrayList<>();
        int perPart = Math.max(1, Math.ceilDiv(top.scoreDocs.length, SlicedSearcher.CORES));
        for (int from = 0; from < top.scoreDocs.length; from += perPart) {
            ScoreDoc[] part = Arrays.copyOfRange(top.scoreDocs, from, Math.min(from + perPart, top.scoreDocs.length));
            parts.add(() -> hitsOf(query, new TopDocs(top.totalHits, part)));
        }
        return searcher.getTaskExecutor().invokeAll(parts).stream().flatMap(List::stream).toList();
    }

    private List<Hit> hitsOf(Query query, TopDocs top) throws IOException {
        String[] snippets = highlighter.highlight(RulingFields.TEXT, query, top, PASSAGES_PER_SNIPPET);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc doc = top.scoreDocs[i];
            HitFields r = RulingJson.mapper().readValue(json(stored, doc.doc), HitFields.class);
            hits.add(new Hit(r.id(), r.court(), r.date(), r.caseNumbers(),
                    r.outcome() == null ? null : r.outcome().solution(), doc.score, oneLine(snippets[i])));
        }
        return hits;
    }

    @Override
    public void close() throws IOException {
        try (var directory = reader.directory()) {
            reader.close();
        }
    }

    private Query parse(SearchRequest request) {
        RulingQueryParser parser = new RulingQueryParser(analyzer);
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            query.add(request.query().isBlank() ? new MatchAllDocsQuery() : parser.query(request.query()),
                    BooleanClause.Occur.MUST);
            for (Query filter : request.filters().queries(parser)) {
                query.add(filter, BooleanClause.Occur.FILTER);
            }
            return query.build();
        } catch (ParseException e) {
            // the grammar's message goes on to list every token it expected: its first line says enough
            String reason = e.getMessage().lines().findFirst().orElse("");
            boolean syntax = !(e instanceof BadValueException || e.getCause() instanceof BadValueException);
            throw new InvalidQueryException("invalid query: " + reason + (syntax ? SYNTAX_HINT : ""), e);
        }
    }

    static Ruling ruling(StoredFields stored, int doc) throws IOException {
        return RulingJson.read(json(stored, doc));
    }

    /** The stored JSON of a ruling, without its text. */
    private static String json(StoredFields stored, int doc) throws IOException {
        return stored.document(doc, Set.of(RulingFields.JSON)).get(RulingFields.JSON);
    }

    private static String oneLine(String snippet) {
        return snippet == null ? null : LAYOUT_SPACE.matcher(snippet).replaceAll(" ").strip();
    }

    private static Sort newestFirst() {
        SortField date = IntField.newSortField(RulingFields.DATE, true, SortedNumericSelector.Type.MAX);
        date.setMissingValue(Integer.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private static boolean hasFacets(DirectoryReader reader) {
        return reader.leaves().stream().anyMatch(leaf ->
                leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }
}
