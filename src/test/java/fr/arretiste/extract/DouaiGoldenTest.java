package fr.arretiste.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.arretiste.ingest.DocumentParser;
import tools.jackson.databind.DeserializationFeature;
import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.CitedArticle;
import fr.arretiste.ruling.Lawyer;
import fr.arretiste.ruling.Party;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.RulingJson;

/**
 * The Douai arrêt of 8 December 2022 (RG 21/01153), a web-page capture: every field of its hand
 * annotation (src/test/resources/gold, copied from ../shared/data/gold) is extracted.
 */
class DouaiGoldenTest {
    private static Ruling gold;
    private static Ruling ruling;
    private static String text;

    @BeforeAll
    static void extract() throws Exception {
        try (InputStream in = DouaiGoldenTest.class.getResourceAsStream("/gold/ca-douai-2022-12-08-21-01153.json")) {
            // the hand annotation gives no offsets: they read as 0 here and are checked against the text instead
            gold = RulingJson.mapper().rebuild().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build()
                    .readValue(in, Ruling.class);
        }
        var doc = new DocumentParser().parse(Path.of("corpus", "ca-douai-2022-12-08-21-01153.txt"));
        text = doc.text();
        ruling = new RulingExtractor().extract(doc);
    }

    @Test
    void identity() {
        assertThat(ruling.id()).isEqualTo("ca-douai-2022-12-08-21-01153");
        assertThat(ruling.court()).isEqualTo(gold.court());
        assertThat(ruling.chamber()).isEqualTo(gold.chamber());
        assertThat(ruling.date()).isEqualTo(gold.date());
        assertThat(ruling.decisionType()).isEqualTo(gold.decisionType());
        assertThat(ruling.caseNumbers()).containsExactlyInAnyOrderElementsOf(gold.caseNumbers());
        assertThat(ruling.lowerCourt()).containsExactlyElementsOf(gold.lowerCourt());
    }

    @Test
    void partiesWithRolesAndLawyers() {
        assertThat(ruling.parties()).extracting(Party::name, Party::legalForm, Party::kind, Party::role)
                .containsExactlyElementsOf(gold.parties().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.name(), p.legalForm(), p.kind(), p.role())).toList());
        for (int i = 0; i < gold.parties().size(); i++) {
            assertThat(ruling.parties().get(i).lawyers()).extracting(Lawyer::name, Lawyer::bar)
                    .containsExactlyElementsOf(gold.parties().get(i).lawyers().stream()
                            .map(l -> org.assertj.core.groups.Tuple.tuple(l.name(), l.bar())).toList());
        }
    }

    @Test
    void judgesAndClerk() {
        assertThat(ruling.judges()).containsExactlyElementsOf(gold.judges());
        assertThat(ruling.clerk()).isEqualTo(gold.clerk());
    }

    @Test
    void everyAmountWithItsCategoryInOrder() {
        assertThat(ruling.amounts()).extracting(a -> a.value().stripTrailingZeros(), Amount::currency, Amount::tax, Amount::category)
                .containsExactlyElementsOf(gold.amounts().stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(a.value().stripTrailingZeros(), a.currency(), a.tax(), a.category()))
                        .toList());
        for (Amount a : ruling.amounts()) {
            assertThat(text.substring(a.start(), a.end())).isEqualTo(a.text());
        }
    }

    @Test
    void everyCitedProvision() {
        assertThat(ruling.citations()).extracting(CitedArticle::article, CitedArticle::source, CitedArticle::kind)
                .containsExactlyInAnyOrderElementsOf(gold.citations().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.article(), c.source(), c.kind())).toList());
    }

    @Test
    void outcome() {
        assertThat(ruling.outcome().solution()).isEqualTo(gold.outcome().solution());
        assertThat(ruling.outcome().dispositif()).startsWith("PAR CES MOTIFS").doesNotContain("Commentaire");
    }
}
