package org.citypeers.search.api;

import java.util.Set;
import org.citypeers.base.NotFoundException;
import org.citypeers.search.PracticeQuery;
import org.citypeers.search.SearchPage;
import org.citypeers.search.SearchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API of the library: search, one practice, matching of a free text, recommendations
 * for a city. Published practices only (nothing else is in the index), paged, rate-limited per client.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class SearchApiController {

    static final int PAGE_SIZE = 20;
    static final int MATCH_SIZE = 10;

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/practices")
    ApiModel.Page practices(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
                            @RequestParam(required = false) Set<String> theme,
                            @RequestParam(required = false) Set<String> country,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
                            @RequestParam(required = false) String sort) {
        PracticeQuery.Order order = parseOrder(sort);
        Set<String> countries = country == null ? null
                : country.stream().map(c -> c.trim().toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        SearchPage result = search.search(new PracticeQuery(q, lang, theme, countries, null, null, null, order, page, size),
                lang);
        return new ApiModel.Page(result.hits().stream().map(ApiModel.Practice::of).toList(), result.total(),
                result.page(), result.pageSize(), result.pageCount(), result.facets());
    }

    @GetMapping("/practices/{id}")
    ApiModel.Practice practice(@PathVariable long id) {
        return search.findPublished(id).map(ApiModel.Practice::of)
                .orElseThrow(() -> new NotFoundException("Practice", id));
    }

    @GetMapping("/match")
    ApiModel.Match match(@RequestParam(required = false) String text, @RequestParam(required = false) String lang,
                         @RequestParam(defaultValue = "" + MATCH_SIZE) int size) {
        SearchService.MatchResult r = search.match(text, lang, lang, size);
        return new ApiModel.Match(r.language(), r.languageDetected(),
                r.hits().stream().map(ApiModel.Practice::of).toList());
    }

    @GetMapping("/cities/{id}/recommendations")
    ApiModel.Recommendations recommendations(@PathVariable long id, @RequestParam(required = false) String lang,
                                             @RequestParam(defaultValue = "" + MATCH_SIZE) int size) {
        if (size < 1 || size > SearchService.MAX_MATCH_RESULTS) {
            throw new IllegalArgumentException("size must be between 1 and " + SearchService.MAX_MATCH_RESULTS + ".");
        }
        return new ApiModel.Recommendations(id,
                search.recommendationsFor(id, lang, size).stream().map(ApiModel.Practice::of).toList(),
                search.peerCities(id, 5));
    }

    private static PracticeQuery.Order parseOrder(String sort) {
        if (sort == null || sort.isBlank()) {
            return PracticeQuery.Order.RELEVANCE;
        }
        try {
            return PracticeQuery.Order.valueOf(sort.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be one of relevance, newest, title.");
        }
    }
}
