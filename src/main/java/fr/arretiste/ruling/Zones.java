package fr.arretiste.ruling;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The four parts of a ruling: entête (heading up to the facts), exposé (facts, procedure, claims),
 * motivation (the court's reasons) and dispositif. A zone the ruling lacks is null and not written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Zones(Span entete, Span expose, Span motivation, Span dispositif) {
    public static final Zones NONE = new Zones(null, null, null, null);
}
