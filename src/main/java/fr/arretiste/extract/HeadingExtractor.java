package fr.arretiste.extract;

import java.util.List;

/** Court, chamber, date, decision type, case numbers and the decision under appeal. */
public final class HeadingExtractor {
    public Heading extract(RulingText ruling) {
        return new Heading(null, null, null, null, List.of(), List.of()); // STUB
    }
}
