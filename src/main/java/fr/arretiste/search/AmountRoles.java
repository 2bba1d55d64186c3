package fr.arretiste.search;

import fr.arretiste.ruling.Amount;
import fr.arretiste.ruling.Ruling;
import fr.arretiste.ruling.Span;

/**
 * What a mention of a sum says about the case, from its category (GUIDELINES.md) and its place:
 * a sum a party claims, or a sum this court grants. A court grants in its dispositif; the same
 * categories elsewhere in the ruling recount the lower court's decision or the parties' claims.
 */
public final class AmountRoles {
    public static final String ARTICLE_700 = "article_700";
    private static final String CONDAMNATION = "condamnation";
    private static final String DEMANDE = "demande";

    private AmountRoles() {
    }

    /** A sum in euros (a ruling that names no currency means euros): the only sums added up or compared. */
    public static boolean inEuros(Amount amount) {
        return amount.value() != null && (amount.currency() == null || amount.currency().equals("EUR"));
    }

    /** Claimed: a sum a party asks for, in a mention that does not say it was granted. */
    public static boolean claimed(Amount amount) {
        return DEMANDE.equals(amount.category());
    }

    /**
     * Granted by this court: a sum it orders paid, for the claim or under article 700, in its
     * dispositif; anywhere when the dispositif was not found.
     */
    public static boolean granted(Ruling ruling, Amount amount) {
        if (!CONDAMNATION.equals(amount.category()) && !ARTICLE_700.equals(amount.category())) {
            return false;
        }
        Span dispositif = ruling.zones() == null ? null : ruling.zones().dispositif();
        return dispositif == null || (amount.start() >= dispositif.start() && amount.end() <= dispositif.end());
    }
}
