package fr.arretiste.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.arretiste.search.Comparison;
import fr.arretiste.search.ResultStats;
import fr.arretiste.search.SearchResult;
import fr.arretiste.search.SimilarRuling;
import fr.arretiste.search.StoredRuling;
import fr.arretiste.search.UnknownRulingException;

/** The REST API: the powers of the command line's search, show, similar and compare, and the stats of a result set. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
final class ApiController {
    /** A ruling id as {@link fr.arretiste.extract.RulingId} makes them; anything else is refused before the index is asked. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,10}");
    static final int MAX_SIMILAR = 50;
    static final int MAX_COMPARED = 6;

    private final LiveSearcher searchers;

    ApiController(LiveSearcher searchers) {
        this.searchers = searchers;
    }

    @GetMapping("/search")
    SearchResult search(SearchParams params) throws IOException {
        return searchers.get().search(params.request());
    }

    @GetMapping("/stats")
    ResultStats stats(SearchParams params) throws IOException {
        return searchers.get().stats(params.request());
    }

    @GetMapping("/rulings/{id}")
    StoredRuling ruling(@PathVariable String id) throws IOException {
        return searchers.get().stored(checked(id)).orElseThrow(() -> new UnknownRulingException(id));
    }

    @GetMapping("/rulings/{id}/similar")
    List<SimilarRuling> similar(@PathVariable String id, @RequestParam(defaultValue = "10") int limit)
            throws IOException {
        if (limit < 1 || limit > MAX_SIMILAR) {
            throw new BadRequestException("limit must be between 1 and " + MAX_SIMILAR + ", not " + limit);
        }
        return searchers.get().similar(checked(id), limit);
    }

    @GetMapping("/compare")
    Comparison compare(@RequestParam List<String> ids) throws IOException {
        if (ids.size() < 2 || ids.size() > MAX_COMPARED) {
            throw new BadRequestException("ids: between 2 and " + MAX_COMPARED + " ruling ids, separated by commas");
        }
        return searchers.get().compare(ids.stream().map(ApiController::checked).toList());
    }

    private static String checked(String id) {
        if (!ID.matcher(id).matches()) {
            throw new BadRequestException("not a ruling id: a ruling id is lower-case letters and digits "
                    + "separated by hyphens, such as ca-douai-2022-12-08-21-01153");
        }
        return id;
    }
}
