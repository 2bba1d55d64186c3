package fr.arretiste.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis of a ruling: standard tokenizer, elision ("l'article" → "article"), lower case,
 * ASCII folding, then, for running text only, the light French stemmer. Folding comes before
 * stemming so that a query typed with or without accents ("décès", "deces") gives the same
 * terms. No stop words: phrase queries over the text ("faute grave", "article 700 du code")
 * keep every word, and BM25 already weighs common words down.
 */
public final class RulingAnalyzer extends Analyzer {
    /** Keeps a phrase query from matching across two values of a multi-valued field (two parties). */
    private static final int GAP_BETWEEN_VALUES = 100;

    private final boolean stemming;

    private RulingAnalyzer(boolean stemming) {
        this.stemming = stemming;
    }

    /** For the full text: stems, so that "condamnée", "condamnés" and "condamnation" meet. */
    public static RulingAnalyzer text() {
        return new RulingAnalyzer(true);
    }

    /** For names (parties, lawyers, judges, courts, chambers): no stemming, a name is not a word to conjugate. */
    public static RulingAnalyzer names() {
        return new RulingAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = normalize(fieldName, result);
        if (stemming) {
            result = new FrenchLightStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    /** What wildcard and prefix queries apply to their term: the same case and accent folding. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }
}
