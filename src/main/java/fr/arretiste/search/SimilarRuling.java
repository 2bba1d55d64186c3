package fr.arretiste.search;

import java.util.List;

/**
 * A ruling close to another, and why: the provisions both cite, the key words of the other's
 * reasons and dispositif that this one also uses (as the other writes them), and whether both
 * decide the same way. The hit's snippet marks those words in this ruling's text.
 */
public record SimilarRuling(Hit ruling, List<String> articlesInCommon, List<String> termsInCommon,
        boolean sameOutcome) {
}
