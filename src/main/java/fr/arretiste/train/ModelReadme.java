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
                the jar. `-Darretiste.engine=rules|models|combined` (default combined) chooses what extracts:
                in `combined`, each rule decides where it is certain and a model only where it is not (no
                rule reads the solution; no rule reads a party's name, its lawyer, or a judge; a bare
                capitalised name the rules take for a company's); `models` lets the models decide alone,
                to measure them (Cour de cassation parties are still read by CassationPartyReader). The ablation, on any data folder laid out like ../shared/data:

                    for e in rules models combined; do
                      ARRETISTE_JAVA_OPTS=-Darretiste.engine=$e bin/arretiste evaluate ../shared/data
                    done

                The scores below are OpenNLP's evaluators over 10 folds of the training data; figures of
                `evaluate` on the training data itself overstate a model.
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
