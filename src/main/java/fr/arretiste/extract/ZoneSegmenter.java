package fr.arretiste.extract;

import fr.arretiste.ruling.Zones;

/** Finds the entête, exposé, motivation and dispositif of a ruling. */
public final class ZoneSegmenter {
    private ZoneSegmenter() {
    }

    public static Zones segment(String text) {
        return Zones.NONE; // STUB: to be written (zones + outcome helper)
    }
}
