package fr.arretiste.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.arretiste.extract.FrenchSentences;
import fr.arretiste.extract.NameFinder;
import fr.arretiste.ruling.Span;
import opennlp.tools.namefind.NameSample;
import tools.jackson.databind.JsonNode;

/**
 * Name-finder samples from the courts' pseudonymisation annotations ({@code silver/}): each
 * file's text is split into sentences and tokens as {@link NameFinder} splits them, and each
 * annotation of a person, a lawyer or a magistrate/clerk becomes a name over the tokens it covers;
 * annotations of one category separated by spaces only ("Margaret" "Suzanne") make one name. To
 * keep training to minutes, every sentence with a name is kept and one in {@link #OTHER_SENTENCES}
 * of the others (in order, so deterministically).
 */
final class NameSamples {
    /** The silver categories learnt, and the type each becomes. */
    static final Map<String, String> TYPES = Map.of("personnePhysique", NameFinder.PERSON,
            "professionnelAvocat", NameFinder.LAWYER, "professionnelMagistratGreffier", NameFinder.MAGISTRATE);
    private static final int OTHER_SENTENCES = 8;

    private NameSamples() {
    }

    static List<NameSample> of(List<JsonNode> silver) {
        List<NameSample> samples = new ArrayList<>();
        for (JsonNode file : silver) {
            String text = file.path("text").asString("");
            List<Name> names = names(file.path("annotations"), text);
            boolean firstOfFile = true;
            int others = 0;
            for (Span sentence : FrenchSentences.of(text)) {
                NameSample sample = sample(text, sentence, names, firstOfFile);
                boolean named = sample.getNames().length > 0;
                if (named || others++ % OTHER_SENTENCES == 0) {
                    samples.add(sample);
                    firstOfFile = false;
                }
            }
        }
        return samples;
    }

    /** A name of silver/: its type and where it is in the file's text. */
    record Name(String type, int start, int end) {
    }

    /** The names of one silver/ file, as written. */
    static List<String> written(JsonNode file, String type) {
        String text = file.path("text").asString("");
        return names(file.path("annotations"), text).stream().filter(n -> n.type().equals(type))
                .map(n -> text.substring(n.start(), n.end())).toList();
    }

    /** The annotations learnt, adjacent ones of one type merged, in text order. */
    private static List<Name> names(JsonNode annotations, String text) {
        List<Name> names = new ArrayList<>();
        List<JsonNode> sorted = new ArrayList<>();
        annotations.forEach(sorted::add);
        sorted.sort((a, b) -> Integer.compare(a.path("start").asInt(), b.path("start").asInt()));
        for (JsonNode a : sorted) {
            String type = TYPES.get(a.path("category").asString(""));
            if (type == null) {
                continue;
            }
            int start = a.path("start").asInt();
            int end = start + a.path("text").asString("").length();
            Name last = names.isEmpty() ? null : names.getLast();
            if (last != null && last.type().equals(type) && last.end() <= start && text.substring(last.end(), start).isBlank()
                    && !text.substring(last.end(), start).contains("\n")) {
                names.set(names.size() - 1, new Name(type, last.start(), end));
            } else {
                names.add(new Name(type, start, end));
            }
        }
        return names;
    }

    private static NameSample sample(String text, Span sentence, List<Name> names, boolean clearAdaptiveData) {
        opennlp.tools.util.Span[] tokens = NameFinder.tokens(sentence.of(text));
        String[] words = NameFinder.words(text, sentence.start(), tokens);
        List<opennlp.tools.util.Span> spans = new ArrayList<>();
        for (Name n : names) {
            if (n.start() < sentence.start() || n.end() > sentence.end()) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.length; i++) {
                int ts = sentence.start() + tokens[i].getStart();
                int te = sentence.start() + tokens[i].getEnd();
                if (ts >= n.start() && te <= n.end()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first >= 0) {
                spans.add(new opennlp.tools.util.Span(first, last + 1, n.type()));
            }
        }
        return new NameSample(words, spans.toArray(opennlp.tools.util.Span[]::new), clearAdaptiveData);
    }
}
