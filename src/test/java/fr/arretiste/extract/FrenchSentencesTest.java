package fr.arretiste.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.arretiste.ruling.Span;

class FrenchSentencesTest {
    @Test
    void splitsLinesThenSentencesAndKeepsOffsets() {
        // ca-douai-2022-12-08-21-01153.txt, exposé du litige
        String text = "EXPOSE DU LITIGE\n\nLa SAS Pictime groupe est une société spécialiste du conseil. "
                + "Elle bénéficie de l'agrément d'hébergeur de données de santé.\n";

        List<Span> sentences = FrenchSentences.of(text);

        assertThat(sentences).extracting(s -> s.of(text)).containsExactly(
                "EXPOSE DU LITIGE",
                "La SAS Pictime groupe est une société spécialiste du conseil.",
                "Elle bénéficie de l'agrément d'hébergeur de données de santé.");
    }
}
