package fr.arretiste.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.arretiste.ruling.Amount;
import fr.arretiste.search.Comparison.Column;
import fr.arretiste.search.Comparison.Provision;
import fr.arretiste.search.ResultStats.Bucket;
import fr.arretiste.search.ResultStats.GrantedSums;

class ComparisonAndStatsTest extends SearchSamplesIndex {
    @Test
    void putsRulingsSideBySideWithTheirSumsAndProvisions() throws IOException {
        Comparison comparison = searcher.compare(List.of(SearchSamples.DOUAI, SearchSamples.LYON));

        Column douai = comparison.rulings().get(0);
        Column lyon = comparison.rulings().get(1);
        assertEquals(List.of(SearchSamples.DOUAI, SearchSamples.LYON), List.of(douai.id(), lyon.id()));
        assertEquals(List.of(new BigDecimal("17370")), douai.claimed().stream().map(Amount::value).toList());
        assertEquals(new BigDecimal("17370"), douai.totalClaimed());
        // the sum of the invoice and the award under article 700, both in the dispositif
        assertEquals(List.of(new BigDecimal("37343.63"), new BigDecimal("5000")),
                douai.granted().stream().map(Amount::value).toList());
        assertEquals(new BigDecimal("42343.63"), douai.totalGranted());
        assertEquals(List.of(), lyon.claimed());
        assertEquals(new BigDecimal("1800"), lyon.totalGranted());
        assertEquals("infirmation", lyon.outcome());
        assertEquals(List.of("appelant", "intime"), lyon.parties().stream().map(p -> p.role()).toList());
        assertEquals(List.of(
                new Provision("700", "code de procédure civile", List.of(SearchSamples.DOUAI, SearchSamples.LYON), true),
                new Provision("L1111-8", "code de la santé publique", List.of(SearchSamples.DOUAI), false)),
                comparison.provisions());
    }

    @Test
    void aSumMentionedTwiceIsClaimedOnce() throws IOException {
        // the Dijon sample's claims: 59 670,88 and 10 000 euros
        Column dijon = searcher.compare(List.of(SearchSamples.DIJON, SearchSamples.DIJON)).rulings().get(0);

        assertEquals(new BigDecimal("69670.88"), dijon.totalClaimed());
    }

    @Test
    void anUnknownIdIsSaidSo() {
        UnknownRulingException e = assertThrows(UnknownRulingException.class,
                () -> searcher.compare(List.of(SearchSamples.DOUAI, "ca-nowhere")));
        assertEquals("ca-nowhere", e.id());
    }

    @Test
    void countsOutcomesByCourtAndYearAndSumsTheAwardsUnderArticle700() throws IOException {
        ResultStats stats = searcher.stats(SearchRequest.of(""));

        assertEquals(6, stats.rulings());
        assertEquals(List.of("Cour d'appel de Dijon", "Cour d'appel de Douai", "Cour d'appel de Grenoble",
                "Cour d'appel de Lyon", "Cour d'appel de Paris", "Cour de cassation"),
                List.copyOf(stats.outcomesByCourt().keySet()));
        assertEquals(Map.of("rejet", 1), stats.outcomesByCourt().get("Cour de cassation"));
        assertEquals(Map.of("2022", Map.of("infirmation_partielle", 1),
                "2024", Map.of("confirmation", 3, "infirmation", 1, "rejet", 1)), stats.outcomesByYear());
        // Douai 5 000, Dijon 3 000 and 1 500 (no zones: anywhere), Lyon 1 800, Paris 2 500
        assertEquals(new GrantedSums(6, 5, new BigDecimal("1500"), new BigDecimal("2500"), new BigDecimal("2760.00"),
                new BigDecimal("5000"), List.of(bucket(0, 500, 0), bucket(500, 1000, 0), bucket(1000, 1500, 0),
                        bucket(1500, 2000, 2), bucket(2000, 3000, 1), bucket(3000, 5000, 1), bucket(5000, 10000, 1),
                        new Bucket(BigDecimal.valueOf(10000), null, 0))),
                stats.article700());
    }

    @Test
    void statsFollowTheQueryAndFilters() throws IOException {
        ResultStats stats = searcher.stats(new SearchRequest("jugement", Filters.NONE.dates("2024", null), 10));

        assertEquals(2, stats.rulings());
        assertEquals(Map.of("2024", Map.of("confirmation", 1, "infirmation", 1)), stats.outcomesByYear());
        assertEquals(1, stats.article700().sums());
    }

    private static Bucket bucket(int from, int to, int count) {
        return new Bucket(BigDecimal.valueOf(from), BigDecimal.valueOf(to), count);
    }
}
