package fr.arretiste.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.search.Filters;
import fr.arretiste.search.SearchRequest;

/**
 * The fixed queries of the search phase ({@code queries.txt} beside this class; its header says the
 * format): a query, then filters and an order, each run as the search page runs it (20 hits).
 */
public final class QuerySet {
    private static final String RESOURCE = "queries.txt";
    private static final int PAGE = 20;
    /** Between the query and each option: a bar with spaces around it. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|\\s*");
    /** {kind:N}: a value of that kind read from the N-th document of the index. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+):(\\d+)}");
    private static final String FROM = "from", TO = "to", MIN = "min", MAX = "max", SORT = "sort";

    /** Where the placeholders' values come from: the index, or a test's table. */
    public interface Values {
        String of(String kind, int n) throws IOException;
    }

    private record Template(String query, Map<String, String> options) {
    }

    private final List<Template> templates;

    private QuerySet(List<Template> templates) {
        this.templates = templates;
    }

    /** The benchmark's query set. */
    public static QuerySet load() throws IOException {
        try (InputStream in = QuerySet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        }
    }

    /** The queries of these lines; blank lines and lines starting with # are left out. */
    static QuerySet parse(List<String> lines) {
        List<Template> templates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = SEPARATOR.split(line, -1);
            Map<String, String> options = new LinkedHashMap<>();
            for (String option : Arrays.asList(parts).subList(1, parts.length)) {
                String[] pair = option.split("=", 2);
                if (pair.length < 2 || !known(pair[0])) {
                    throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": '" + option
                            + "' is not one of KEY=VALUE with KEY in " + Filters.FIELDS + ", from, to, min, max, sort");
                }
                options.put(pair[0], pair[1]);
            }
            checkPlaceholders(line, i + 1);
            templates.add(new Template(parts[0], options));
        }
        return new QuerySet(templates);
    }

    public int size() {
        return templates.size();
    }

    /** The requests, their placeholders replaced with values; in a query a value goes inside a phrase, so its quotes are escaped. */
    public List<SearchRequest> resolve(Values values) throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        for (Template t : templates) {
            Map<String, String> options = new LinkedHashMap<>();
            for (Map.Entry<String, String> option : t.options().entrySet()) {
                options.put(option.getKey(), fill(option.getValue(), values, false));
            }
            Filters filters = Filters.NONE.dates(options.get(FROM), options.get(TO)).amounts(options.get(MIN), options.get(MAX));
            for (String field : Filters.FIELDS) {
                filters = filters.with(field, options.get(field));
            }
            requests.add(new SearchRequest(fill(t.query(), values, true), filters,
                    SearchRequest.Order.parse(options.getOrDefault(SORT, "relevance")), 0, PAGE));
        }
        return requests;
    }

    private static String fill(String template, Values values, boolean inPhrase) throws IOException {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.of(m.group(1), Integer.parseInt(m.group(2)));
            m.appendReplacement(filled, Matcher.quoteReplacement(
                    inPhrase ? value.replace("\\", "\\\\").replace("\"", "\\\"") : value));
        }
        return m.appendTail(filled).toString();
    }

    private static boolean known(String key) {
        return Filters.FIELDS.contains(key) || List.of(FROM, TO, MIN, MAX, SORT).contains(key);
    }

    private static void checkPlaceholders(String line, int number) {
        Matcher m = PLACEHOLDER.matcher(line);
        while (m.find()) {
            if (!IndexValues.KINDS.containsKey(m.group(1))) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": no placeholder {" + m.group(1)
                        + ":N}; the kinds are " + IndexValues.KINDS.keySet());
            }
        }
    }
}
