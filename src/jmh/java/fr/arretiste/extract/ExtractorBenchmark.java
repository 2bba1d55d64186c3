package fr.arretiste.extract;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import fr.arretiste.ingest.ParsedDocument;

/**
 * Microbenchmarks of the extraction, on real rulings (run by {@code bin/arretiste jmh}, never by
 * the tests). Every invocation runs one extractor over the whole {@link CorpusSample}, counted as
 * {@link #RULINGS} operations: the score is the average time per ruling. The extractors are those
 * of the engine of {@code -Darretiste.engine} (combined by default), built once, as the import does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@OperationsPerInvocation(ExtractorBenchmark.RULINGS)
public class ExtractorBenchmark {
    static final int RULINGS = 40;

    private final Engine engine = Engine.current();
    private final HeadingExtractor heading = new HeadingExtractor();
    private final BenchExtractor bench = engine.bench();
    private final PartyExtractor parties = engine.parties();
    private final AmountExtractor amounts = new AmountExtractor();
    private final CitationExtractor citations = new CitationExtractor();
    private final OutcomeExtractor outcome = engine.outcome();
    private final RulingExtractor ruling = new RulingExtractor(engine);

    private List<ParsedDocument> documents;
    private List<RulingText> texts;
    /** The court kind of each ruling, which the outcome extractor is given by the facade. */
    private List<String> courtKinds;

    @Setup
    public void read() {
        documents = CorpusSample.of(RULINGS);
        texts = documents.stream().map(d -> RulingText.of(d.text(), d.metadata())).toList();
        courtKinds = texts.stream().map(t -> heading.extract(t).court()).map(c -> c == null ? null : c.kind()).toList();
    }

    /** Cleaning the text and finding its zones, which every extractor reads. */
    @Benchmark
    public void rulingText(Blackhole out) {
        for (ParsedDocument d : documents) {
            out.consume(RulingText.of(d.text(), d.metadata()));
        }
    }

    @Benchmark
    public void heading(Blackhole out) {
        for (RulingText t : texts) {
            out.consume(heading.extract(t));
        }
    }

    @Benchmark
    public void bench(Blackhole out) {
        for (RulingText t : texts) {
            out.consume(bench.extract(t));
        }
    }

    @Benchmark
    public void parties(Blackhole out) {
        for (RulingText t : texts) {
            out.consume(parties.extract(t));
        }
    }

    @Benchmark
    public void amounts(Blackhole out) {
        for (RulingText t : texts) {
            out.consume(amounts.extract(t));
        }
    }

    @Benchmark
    public void citations(Blackhole out) {
        for (RulingText t : texts) {
            out.consume(citations.extract(t));
        }
    }

    @Benchmark
    public void outcome(Blackhole out) {
        for (int i = 0; i < RULINGS; i++) {
            out.consume(outcome.extract(texts.get(i), courtKinds.get(i)));
        }
    }

    /** The whole facade, text cleaning included: one parsed document in, one ruling out. */
    @Benchmark
    public void ruling(Blackhole out) {
        for (ParsedDocument d : documents) {
            out.consume(ruling.extract(d));
        }
    }
}
