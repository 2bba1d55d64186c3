package fr.arretiste.extract;

import java.util.List;

/** Judges and clerk. */
public final class BenchExtractor {
    public Bench extract(RulingText ruling) {
        return new Bench(List.of(), null); // STUB
    }
}
