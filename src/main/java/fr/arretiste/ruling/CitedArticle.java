package fr.arretiste.ruling;

/**
 * A legal provision cited: normalised article ("L1111-8"), canonical source ("code de la santé publique"),
 * kind (code, loi, decret, europeen, contrat, autre) and the span of its first mention.
 */
public record CitedArticle(String article, String source, String kind, String text, int start, int end) {
}
