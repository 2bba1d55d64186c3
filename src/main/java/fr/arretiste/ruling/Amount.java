package fr.arretiste.ruling;

import java.math.BigDecimal;

/**
 * One mention of a sum of money. {@code text} is exactly {@code source.substring(start, end)};
 * {@code category} is article_700, depens, condamnation, demande or autre.
 */
public record Amount(BigDecimal value, String currency, String text, String tax, String category, int start, int end) {
}
