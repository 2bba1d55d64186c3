package fr.arretiste.train;

import java.time.LocalDate;
import java.util.List;

/** The text of models/README.md. */
final class ModelReadme {
    private ModelReadme() {
    }

    static String text(LocalDate date, List<ModelReport> models) {
        StringBuilder s = new StringBuilder("""
                # Trained models

                Built by `bin/arretiste train ../shared/data` on %s (UTC), deterministically: fixed
                parameters, rulings sorted by id, one training thread. Rebuild them with the same command
                after any change to the data or to the features; this file is rewritten with them.
                They are read from `-Darretiste.models=DIR`, else `./models`, else the copy packaged in
                the jar. `-Darretiste.engine=rules|models|combined` (default combined) chooses what extracts.
                """.formatted(date));
        for (ModelReport m : models) {
            s.append("\n## ").append(m.title()).append(" (`").append(m.file()).append("`)\n\n")
                    .append("- Training data: ").append(m.data()).append('\n')
                    .append("- Features: ").append(m.features()).append('\n')
                    .append("- Parameters: ").append(m.parameters()).append('\n')
                    .append("\n```\n").append(m.scores().strip()).append("\n```\n");
        }
        return s.toString();
    }
}
