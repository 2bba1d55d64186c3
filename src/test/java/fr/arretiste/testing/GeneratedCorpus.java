package fr.arretiste.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A corpus written by the test: rulings of courts of appeal that differ in court, date and number
 * (so in content, hash and id), modelled on the opening of ca-dijon-2024-10-22-24-00354.txt, and
 * notes that are not rulings.
 */
public final class GeneratedCorpus {
    private static final String[] CITIES = {"Dijon", "Douai", "Lyon", "Grenoble", "Metz", "Riom", "Poitiers", "Rennes"};

    private GeneratedCorpus() {
    }

    public static Path write(Path dir, int rulings, int notes) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < rulings; i++) {
            String city = CITIES[i % CITIES.length];
            Files.writeString(dir.resolve(String.format("ca-%s-%03d.txt", city.toLowerCase(Locale.ROOT), i)), String.format("""
                    COUR D'APPEL DE %s
                    ARRÊT DU %d OCTOBRE 2024
                    N° RG 24/%05d
                    L'affaire a été débattue en audience publique devant la cour, qui a délibéré. L'appelante \
                    fait grief au jugement d'avoir rejeté sa demande ; l'intimée conclut à la confirmation.
                    PAR CES MOTIFS, la cour confirme le jugement en toutes ses dispositions.
                    """, city.toUpperCase(Locale.ROOT), 1 + i % 28, i));
        }
        for (int i = 0; i < notes; i++) {
            Files.writeString(dir.resolve("note-" + i + ".txt"), "Pièces à apporter au rendez-vous n° " + i + ".\n");
        }
        return dir;
    }
}
