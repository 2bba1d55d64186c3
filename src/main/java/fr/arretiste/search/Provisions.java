package fr.arretiste.search;

import fr.arretiste.index.Keys;
import fr.arretiste.index.RulingFields;
import fr.arretiste.ruling.CitedArticle;

/** How a cited provision is named to a person and keyed in the index, the same for similar rulings and comparisons. */
final class Provisions {
    private Provisions() {
    }

    /** "700 code de procédure civile", or the bare article when the source is unknown. */
    static String label(CitedArticle citation) {
        return citation.source() == null || citation.source().isBlank()
                ? citation.article() : citation.article() + " " + citation.source();
    }

    /** The label's key in the index's article field: two ways of writing one provision meet. */
    static String key(CitedArticle citation) {
        return Keys.of(RulingFields.ARTICLE, label(citation));
    }

    static boolean named(CitedArticle citation) {
        return citation.article() != null && !citation.article().isBlank();
    }
}
