package fr.arretiste.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
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

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;
    /** Null when no ruling has a facet value yet: Lucene refuses to read facets that were never written. */
    private final SortedSetDocValuesReaderState facetState;

    private RulingSearcher(DirectoryReader reader) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.highlighter = UnifiedHighlighter.builder(searcher, RulingFields.analyzer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.FRENCH), SNIPPET_LENGTH, MATCH_IN_THE_MIDDLE))
                .withFormatter(new DefaultPassageFormatter("**", "**", " … ", false))
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
        FacetsCollectorManager.FacetsResult result =
                FacetsCollectorManager.search(searcher, query, request.limit(), new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        String[] snippets = highlighter.highlight(RulingFields.TEXT, query, top, PASSAGES_PER_SNIPPET);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc doc = top.scoreDocs[i];
            Ruling r = ruling(stored, doc.doc);
            hits.add(new Hit(r.id(), r.court(), r.date(), r.caseNumbers(),
                    r.outcome() == null ? null : r.outcome().solution(), doc.score, oneLine(snippets[i])));
        }
        return new SearchResult(top.totalHits.value(), hits, facets(result.facetsCollector()));
    }

    /** The ruling with this id, as it was extracted. */
    public Optional<Ruling> get(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(RulingFields.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(ruling(searcher.storedFields(), top.scoreDocs[0].doc));
    }

    @Override
    public void close() throws IOException {
        try (var directory = reader.directory()) {
            reader.close();
        }
    }

    private static Query parse(SearchRequest request) {
        RulingQueryParser parser = new RulingQueryParser();
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            query.add(request.query().isBlank() ? new MatchAllDocsQuery() : parser.parse(request.query()),
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

    private static Ruling ruling(StoredFields stored, int doc) throws IOException {
        return RulingJson.read(stored.document(doc, Set.of(RulingFields.JSON)).get(RulingFields.JSON));
    }

    private static String oneLine(String snippet) {
        return snippet == null ? null : LAYOUT_SPACE.matcher(snippet).replaceAll(" ").strip();
    }

    private Map<String, List<FacetCount>> facets(FacetsCollector matching) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (facetState == null) {
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(facetState, matching);
        for (String dim : RulingFields.FACETS) {
            FacetResult top = counts.getTopChildren(LABELS_PER_FACET, dim);
            if (top != null) {
                List<FacetCount> values = new ArrayList<>();
                for (LabelAndValue value : top.labelValues) {
                    values.add(new FacetCount(value.label, value.value.intValue()));
                }
                facets.put(dim, values);
            }
        }
        return facets;
    }

    private static boolean hasFacets(DirectoryReader reader) {
        return reader.leaves().stream().anyMatch(leaf ->
                leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }
}
