package fr.arretiste.extract;

import fr.arretiste.ingest.ParsedDocument;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.Ruling;

/**
 * The extraction facade: one parsed document in, one {@link Ruling} out. Plain Java, no Spring;
 * thread-safe, so one instance serves every worker thread of the import job.
 */
public final class RulingExtractor {
    private final HeadingExtractor heading = new HeadingExtractor();
    private final PartyExtractor parties;
    private final BenchExtractor bench;
    private final AmountExtractor amounts = new AmountExtractor();
    private final CitationExtractor citations = new CitationExtractor();
    private final OutcomeExtractor outcome;

    /** The extractor of the engine chosen for this run ({@link Engine#current()}). */
    public RulingExtractor() {
        this(Engine.current());
    }

    public RulingExtractor(Engine engine) {
        this.parties = engine.parties();
        this.bench = engine.bench();
        this.outcome = engine.outcome();
    }

    public Ruling extract(ParsedDocument doc) {
        RulingText text = RulingText.of(doc.text(), doc.metadata());
        Heading h = heading.extract(text);
        Bench b = bench.extract(text);
        Court court = h.court();
        String id = RulingId.of(court, h.date(), h.caseNumbers(), doc.sha256());
        return new Ruling(id, doc.source(), doc.sha256(), doc.mediaType(), court, h.chamber(), h.date(),
                h.decisionType(), h.caseNumbers(), h.lowerCourt(), parties.extract(text), b.judges(), b.clerk(),
                amounts.extract(text), citations.extract(text),
                outcome.extract(text, court == null ? null : court.kind()), text.zones());
    }
}
