package fr.arretiste.batch;

import java.io.IOException;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes each chunk of rulings to every sink, then commits each sink, before the step commits the chunk. */
final class RulingWriter implements ItemWriter<ParsedRuling> {
    private final List<RulingSink> sinks;

    RulingWriter(List<RulingSink> sinks) {
        this.sinks = sinks;
    }

    @Override
    public void write(Chunk<? extends ParsedRuling> chunk) throws IOException {
        for (RulingSink sink : sinks) {
            for (ParsedRuling r : chunk) {
                sink.accept(r.ruling(), r.text());
            }
            sink.commit();
        }
    }
}
