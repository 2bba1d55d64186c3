package fr.arretiste.extract;

import java.util.List;

import fr.arretiste.ruling.Amount;

/** Every sum of money, with its value, currency, tax mention and category. */
public final class AmountExtractor {
    public List<Amount> extract(RulingText ruling) {
        return List.of(); // STUB
    }
}
