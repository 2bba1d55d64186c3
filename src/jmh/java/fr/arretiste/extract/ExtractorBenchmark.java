package fr.arretiste.extract;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

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
import fr.arretiste.ruling.Court;

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

    private List<Sample> sample;

    /** One ruling of the sample, as each extractor is given it; the court kind is what the facade passes to the outcome. */
    private record Sample(ParsedDocument document, RulingText text, String courtKind) {
    }

    @Setup
    public void read() {
        sample = CorpusSample.of(RULINGS).stream().map(this::prepare).toList();
    }

    private Sample prepare(ParsedDocument document) {
        RulingText text = RulingText.of(document.text(), document.metadata());
        Court court = heading.extract(text).court();
        return new Sample(document, text, court == null ? null : court.kind());
    }

    /** Cleaning the text and finding its zones, which every extractor reads. */
    @Benchmark
    public void rulingText(Blackhole out) {
        each(s -> RulingText.of(s.document().text(), s.document().metadata()), out);
    }

    @Benchmark
    public void heading(Blackhole out) {
        each(s -> heading.extract(s.text()), out);
    }

    @Benchmark
    public void bench(Blackhole out) {
        each(s -> bench.extract(s.text()), out);
    }

    @Benchmark
    public void parties(Blackhole out) {
        each(s -> parties.extract(s.text()), out);
    }

    @Benchmark
    public void amounts(Blackhole out) {
        each(s -> amounts.extract(s.text()), out);
    }

    @Benchmark
    public void citations(Blackhole out) {
        each(s -> citations.extract(s.text()), out);
    }

    @Benchmark
    public void outcome(Blackhole out) {
        each(s -> outcome.extract(s.text(), s.courtKind()), out);
    }

    /** The whole facade, text cleaning included: one parsed document in, one ruling out. */
    @Benchmark
    public void ruling(Blackhole out) {
        each(s -> ruling.extract(s.document()), out);
    }

    /** Runs the extraction on every ruling of the sample; the results go to the black hole, so none is optimised away. */
    private void each(Function<Sample, Object> extraction, Blackhole out) {
        for (Sample s : sample) {
            out.consume(extraction.apply(s));
        }
    }
}
