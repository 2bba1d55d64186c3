package fr.arretiste.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import fr.arretiste.index.RulingFields;
import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.CitedArticle;
import fr.arretiste.ruling.Judge;
import fr.arretiste.ruling.Party;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;

/**
 * The values the benchmark's queries take from the index itself (an RG, a party...), so that they match
 * whatever corpus was imported: the value of the n-th document, or of the next one that has such a value.
 */
final class IndexValues implements QuerySet.Values, Closeable {
    /** What each kind of placeholder reads from a ruling, as the index's field of that name holds it. */
    static final Map<String, Function<Ruling, Stream<String>>> KINDS = Map.of(
            RulingFields.RG, r -> r.caseNumbers().stream().filter(n -> n.kind().equals(RulingFields.RG)).map(CaseNumber::value),
            RulingFields.PARTY, r -> r.parties().stream().map(Party::name),
            RulingFields.LAWYER, r -> r.parties().stream().flatMap(p -> p.lawyers().stream()).map(l -> l.name()),
            RulingFields.JUDGE, r -> r.judges().stream().map(Judge::name),
            RulingFields.ARTICLE, r -> r.citations().stream().filter(c -> c.article() != null).map(IndexValues::article),
            RulingFields.CITY, r -> Stream.ofNullable(r.court()).map(c -> c.city()));

    private final DirectoryReader reader;

    private IndexValues(DirectoryReader reader) {
        this.reader = reader;
    }

    static IndexValues open(Path index) throws IOException {
        return new IndexValues(DirectoryReader.open(FSDirectory.open(index)));
    }

    @Override
    public String of(String kind, int n) throws IOException {
        Function<Ruling, Stream<String>> values = Objects.requireNonNull(KINDS.get(kind), kind);
        Bits live = MultiBits.getLiveDocs(reader);
        int docs = reader.maxDoc();
        for (int i = 0; i < docs; i++) {
            int doc = (n + i) % docs;
            if (live == null || live.get(doc)) {
                String json = reader.storedFields().document(doc, Set.of(RulingFields.JSON)).get(RulingFields.JSON);
                var value = values.apply(RulingJson.read(json)).filter(v -> v != null && !v.isBlank()).findFirst();
                if (value.isPresent()) {
                    return value.get();
                }
            }
        }
        throw new IllegalStateException("no ruling of the index has a value for " + kind);
    }

    /** As the article field holds it: with its source when there is one ("700 code de procédure civile"). */
    private static String article(CitedArticle citation) {
        return citation.source() == null || citation.source().isBlank()
                ? citation.article() : citation.article() + " " + citation.source();
    }

    @Override
    public void close() throws IOException {
        try (var directory = reader.directory()) {
            reader.close();
        }
    }
}
