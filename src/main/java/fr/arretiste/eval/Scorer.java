package fr.arretiste.eval;

import static fr.arretiste.eval.PyJson.get;
import static fr.arretiste.eval.PyJson.items;
import static fr.arretiste.eval.PyJson.same;
import static fr.arretiste.eval.PyJson.text;
import static fr.arretiste.eval.PyJson.truthy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import fr.arretiste.ruling.RulingJson;
import tools.jackson.databind.JsonNode;

/**
 * The Java port of {@code ../shared/tools/score.py}: scores extraction records against the {@code truth/}
 * (court databases' metadata) and {@code gold/} (hand annotations) of a data folder whose {@code rulings/}
 * are the inputs. Every rule is score.py's, in its order, so both give the same figures on the same files.
 */
public final class Scorer {
    private static final String COURT_OF_APPEAL = "cour_appel";
    private static final String COURT_OF_CASSATION = "cour_cassation";

    public Evaluation score(Predictions predictions, Path data) throws IOException {
        Tally tally = new Tally();
        List<String> inputs = names(data.resolve("rulings")).stream().map(ScoreKeys::stem).toList();
        Path goldDir = data.resolve("gold");
        Set<String> goldIds = Files.isDirectory(goldDir)
                ? names(goldDir).stream().map(f -> f.substring(0, Math.max(f.length() - 5, 0))).collect(Collectors.toSet())
                : Set.of();
        for (String stem : inputs) {
            JsonNode p = predictions.get(stem);
            tally.count("coverage", p != null);
            Path truth = data.resolve("truth").resolve(stem + ".json");
            if (Files.exists(truth)) {
                JsonNode t = read(truth);
                // the registry says its own metadata for this ruling is wrong: nothing to score against
                JsonNode reliable = get(t, "metadataReliable");
                if (reliable == null || !reliable.isBoolean() || reliable.booleanValue()) {
                    scoreTruth(tally, p, t, goldIds.contains(stem) ? read(goldDir.resolve(stem + ".json")) : null);
                }
            }
        }
        int gold = 0;
        for (String file : Files.isDirectory(goldDir) ? names(goldDir).stream().sorted().toList() : List.<String>of()) {
            JsonNode g = read(goldDir.resolve(file));
            scoreGold(tally, predictions.get(text(g, "id")), g);
            gold++;
        }
        return new Evaluation(tally.metrics(gold > 0), predictions.byStem().size(), inputs.size(), gold);
    }

    /**
     * Metadata fields against truth/; outcome and parties against gold/ when the ruling was hand-annotated.
     * In score.py's order, which is also the order of the metrics (and of score.py's JSON keys).
     */
    private static void scoreTruth(Tally tally, JsonNode p, JsonNode t, JsonNode gold) {
        JsonNode pc = get(p, "court");
        JsonNode tc = get(t, "court");
        String kind = text(tc, "kind");
        boolean appeal = COURT_OF_APPEAL.equals(kind);
        if (truthy(tc, "kind")) {
            tally.count("court.kind", same(get(pc, "kind"), get(tc, "kind")));
        }
        if (truthy(tc, "city") && !COURT_OF_CASSATION.equals(kind)) {
            tally.count("court.city", ScoreKeys.fold(text(pc, "city")).equals(ScoreKeys.fold(text(tc, "city"))));
        }
        if (truthy(t, "date")) {
            tally.count("date", same(get(p, "date"), get(t, "date")));
        }
        if (truthy(t, "chamber") && appeal) {
            tally.count("chamber", ScoreKeys.chamberNorm(text(p, "chamber")).equals(ScoreKeys.chamberNorm(text(t, "chamber"))));
        }
        scoreCaseNumbers(tally.rg, p, t, "rg", ScoreKeys::rgNorm);
        scoreCaseNumbers(tally.pourvoi, p, t, "pourvoi", ScoreKeys::pourvoiNorm);
        // a hand annotation read from the text outranks the registry's outcome label and party list
        JsonNode outcome = gold == null ? get(t, "outcome") : get(gold, "outcome");
        List<JsonNode> parties = gold == null ? items(t, "parties") : items(gold, "parties");
        JsonNode solution = get(outcome, "solution");
        if (truthy(solution)) {
            tally.count("outcome." + (truthy(tc, "kind") ? kind : "other"), same(get(get(p, "outcome"), "solution"), solution));
        }
        List<String> predictedParties = items(p, "parties").stream().map(x -> text(x, "name")).toList();
        for (JsonNode party : parties) {
            boolean inText = gold != null || !party.has("inText") || truthy(party, "inText");
            if ("personne_morale".equals(text(party, "kind")) && inText) {
                String name = text(party, "name");
                tally.count("parties.company.recall", predictedParties.stream().anyMatch(q -> ScoreKeys.namesMatch(name, q)));
            }
        }
        List<String> judges = items(t, "judges").stream().map(j -> text(j, "name")).toList();
        if (!judges.isEmpty() && appeal) {
            List<String> predictedJudges = items(p, "judges").stream().map(j -> text(j, "name")).toList();
            for (String name : judges) {
                tally.count("judges.recall", predictedJudges.stream().anyMatch(q -> ScoreKeys.shareWord(name, q)));
            }
        }
        List<JsonNode> lowerCourts = items(t, "lowerCourt").stream()
                .filter(l -> truthy(l, "date") && ScoreKeys.startsWithYear(text(l, "date"))).toList();
        if (!lowerCourts.isEmpty() && appeal) {
            JsonNode date = get(lowerCourts.getFirst(), "date");
            tally.count("lowerCourt.date", items(p, "lowerCourt").stream().anyMatch(l -> same(get(l, "date"), date)));
        }
    }

    /** Set matching of one kind of case number, counted only where the truth has that kind. */
    private static void scoreCaseNumbers(MatchCounts counts, JsonNode p, JsonNode t, String kind,
                                         UnaryOperator<String> norm) {
        Set<String> expected = numbers(t, kind, norm);
        if (!expected.isEmpty()) {
            Set<String> predicted = numbers(p, kind, norm);
            Set<String> found = new HashSet<>(predicted);
            found.retainAll(expected);
            counts.add(found.size(), predicted.size() - found.size(), expected.size() - found.size());
        }
    }

    private static Set<String> numbers(JsonNode ruling, String kind, UnaryOperator<String> norm) {
        return items(ruling, "caseNumbers").stream().filter(c -> kind.equals(text(c, "kind")))
                .map(c -> norm.apply(text(c, "value"))).collect(Collectors.toSet());
    }

    /** Amounts, citations, parties with their roles and lawyers, and the outcome of one hand-annotated ruling. */
    private static void scoreGold(Tally tally, JsonNode p, JsonNode g) {
        tally.amounts.addMultisets(amounts(p, false), amounts(g, false));
        tally.amountCategories.addMultisets(amounts(p, true), amounts(g, true));
        tally.citations.addMultisets(citations(p), citations(g));
        List<JsonNode> predicted = items(p, "parties");
        List<JsonNode> expected = items(g, "parties");
        List<JsonNode[]> pairs = greedy(predicted, expected, "name");
        tally.parties.add(pairs.size(), predicted.size() - pairs.size(), expected.size() - pairs.size());
        for (JsonNode[] pair : pairs) {
            tally.roles.count(same(get(pair[0], "role"), get(pair[1], "role")));
            List<JsonNode> predictedLawyers = items(pair[0], "lawyers");
            List<JsonNode> expectedLawyers = items(pair[1], "lawyers");
            int found = greedy(predictedLawyers, expectedLawyers, "name").size();
            tally.lawyers.add(found, predictedLawyers.size() - found, expectedLawyers.size() - found);
        }
        JsonNode solution = get(get(g, "outcome"), "solution");
        if (truthy(solution)) {
            tally.count("gold.outcome", same(get(get(p, "outcome"), "solution"), solution));
        }
    }

    private record AmountKey(double value, String category) {
    }

    private record CitationKey(String article, String source) {
    }

    private static List<Object> amounts(JsonNode ruling, boolean withCategory) {
        return items(ruling, "amounts").stream()
                .map(a -> withCategory ? new AmountKey(money(a), text(a, "category")) : (Object) money(a)).toList();
    }

    /** Each distinct (article, source) once: a ruling that cites an article twice cites it once. */
    private static Set<CitationKey> citations(JsonNode ruling) {
        return items(ruling, "citations").stream()
                .map(c -> new CitationKey(ScoreKeys.articleNorm(text(c, "article")), ScoreKeys.fold(text(c, "source"))))
                .collect(Collectors.toSet());
    }

    /** round(float(value or 0), 2): Python rounds the double's exact value half-even; -0.0 counts as 0.0. */
    private static double money(JsonNode amount) {
        JsonNode v = get(amount, "value");
        double x = !truthy(v) ? 0 : v.isNumber() ? v.doubleValue() : v.isBoolean() ? 1
                : Double.parseDouble(ScoreKeys.strip(v.asString()));
        return Double.isFinite(x) ? new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).doubleValue() + 0.0 : x;
    }

    /** Each expected item takes the first unused predicted item whose name matches. */
    private static List<JsonNode[]> greedy(List<JsonNode> predicted, List<JsonNode> expected, String nameKey) {
        BiPredicate<JsonNode, JsonNode> match = (a, b) -> ScoreKeys.namesMatch(text(a, nameKey), text(b, nameKey));
        boolean[] used = new boolean[predicted.size()];
        List<JsonNode[]> pairs = new ArrayList<>();
        for (JsonNode e : expected) {
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i] && match.test(predicted.get(i), e)) {
                    used[i] = true;
                    pairs.add(new JsonNode[] {predicted.get(i), e});
                    break;
                }
            }
        }
        return pairs;
    }

    /** A folder's entries, files and folders, in the order the file system lists them (as os.listdir does). */
    private static List<String> names(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(e -> names.add(e.getFileName().toString()));
        }
        return names;
    }

    private static JsonNode read(Path file) throws IOException {
        return RulingJson.mapper().readTree(Files.readAllBytes(file));
    }

    /** score.py's accumulators: hit/total per ratio metric in first-seen order, and match counts per F1 metric. */
    private static final class Tally {
        private final Map<String, Ratio> ratios = new LinkedHashMap<>();
        private final MatchCounts rg = new MatchCounts();
        private final MatchCounts pourvoi = new MatchCounts();
        private final MatchCounts amounts = new MatchCounts();
        private final MatchCounts amountCategories = new MatchCounts();
        private final MatchCounts citations = new MatchCounts();
        private final MatchCounts parties = new MatchCounts();
        private final MatchCounts lawyers = new MatchCounts();
        private final Ratio roles = new Ratio();

        void count(String metric, boolean ok) {
            ratios.computeIfAbsent(metric, k -> new Ratio()).count(ok);
        }

        Map<String, Evaluation.Metric> metrics(boolean anyGold) {
            Map<String, Evaluation.Metric> out = new LinkedHashMap<>();
            ratios.forEach((name, r) -> out.put(name, new Evaluation.Metric(r.value(), r.total)));
            out.put("rg.f1", f1(rg));
            out.put("pourvoi.f1", f1(pourvoi));
            if (anyGold) {
                out.put("amounts.value.f1", f1(amounts));
                out.put("amounts.category.f1", f1(amountCategories));
                out.put("citations.f1", f1(citations));
                out.put("parties.f1", f1(parties));
                out.put("parties.role.acc", new Evaluation.Metric(roles.total == 0 ? 0.0 : roles.value(), 0));
                out.put("lawyers.f1", f1(lawyers));
            }
            return out;
        }

        private static Evaluation.Metric f1(MatchCounts counts) {
            return new Evaluation.Metric(counts.f1(), 0);
        }
    }

    private static final class Ratio {
        private int hits;
        private int total;

        void count(boolean ok) {
            hits += ok ? 1 : 0;
            total++;
        }

        double value() {
            return (double) hits / total;
        }
    }
}
