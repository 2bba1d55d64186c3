package fr.arretiste.extract;

import java.util.List;

import fr.arretiste.ruling.CitedArticle;

/** Every legal provision cited, once per (article, source). */
public final class CitationExtractor {
    public List<CitedArticle> extract(RulingText ruling) {
        return List.of(); // STUB
    }
}
