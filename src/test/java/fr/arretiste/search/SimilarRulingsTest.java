package fr.arretiste.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class SimilarRulingsTest extends SearchSamplesIndex {
    @Test
    void theClosestRulingsShareProvisionsAndWordsAndSaySo() throws IOException {
        List<SimilarRuling> similar = searcher.similar(SearchSamples.DOUAI, 5);

        // the cassation ruling shares neither a provision nor a key word of the Douai dispositif
        assertEquals(List.of(SearchSamples.GRENOBLE, SearchSamples.LYON, SearchSamples.DIJON, SearchSamples.MARKUP),
                similar.stream().map(s -> s.ruling().id()).toList());
        SimilarRuling first = similar.get(0);
        assertEquals(List.of("700 code de procédure civile"), first.articlesInCommon());
        // "jugement": twice in the Douai dispositif and in three rulings of six; "dépens" is in four, too common
        assertEquals(List.of("jugement"), first.termsInCommon());
        assertEquals(false, first.sameOutcome());
        assertEquals(true, first.ruling().snippet().contains("Confirme le **jugement** déféré"), first.ruling().snippet());
    }

    @Test
    void theSameOutcomeCounts() throws IOException {
        List<SimilarRuling> similar = searcher.similar(SearchSamples.GRENOBLE, 5);

        // Paris confirms too: that puts it before Lyon, which shares a word but infirms
        assertEquals(List.of(SearchSamples.DIJON, SearchSamples.MARKUP, SearchSamples.LYON, SearchSamples.DOUAI),
                similar.stream().map(s -> s.ruling().id()).toList());
        assertEquals(List.of(true, true, false, false), similar.stream().map(SimilarRuling::sameOutcome).toList());
        // the word as the ruling writes it, without its elided article ("l'appel")
        assertEquals(List.of("appel"), similar.get(0).termsInCommon());
    }

    @Test
    void aRulingIsNotSimilarToItself() throws IOException {
        assertEquals(List.of(), searcher.similar(SearchSamples.CASSATION, 5).stream()
                .map(s -> s.ruling().id()).filter(SearchSamples.CASSATION::equals).toList());
    }

    @Test
    void anUnknownIdIsSaidSo() {
        UnknownRulingException e = assertThrows(UnknownRulingException.class, () -> searcher.similar("ca-nowhere", 5));
        assertEquals("no ruling ca-nowhere in the index", e.getMessage());
    }
}
