package org.citypeers.practice;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks the fields of a practice and lists every problem (the importer reports them all per entry). */
final class PracticeValidation {

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final int ITEM_MAX = 200;

    private PracticeValidation() {}

    static List<String> problems(PracticeData d) {
        List<String> out = new ArrayList<>();
        text(out, "title", d.title(), GoodPractice.TITLE_MAX, true);
        text(out, "summary", d.summary(), GoodPractice.SUMMARY_MAX, true);
        text(out, "description", d.description(), GoodPractice.DESCRIPTION_MAX, false);
        if (d.cityId() == null) {
            text(out, "city", d.cityName(), GoodPractice.CITY_NAME_MAX, true);
            if (d.country() == null || !COUNTRIES.contains(d.country().trim().toUpperCase(Locale.ROOT))) {
                out.add("country: a two-letter ISO 3166 country code is required (e.g. PL), got '" + shorten(d.country()) + "'");
            }
        }
        if (d.population() != null && (d.population() < 0 || d.population() > 50_000_000)) {
            out.add("population: must be between 0 and 50,000,000");
        }
        if (d.language() != null && !d.language().isBlank() && !d.language().trim().toLowerCase(Locale.ROOT).matches("[a-z]{2}")) {
            out.add("language: must be a two-letter ISO 639-1 code (e.g. pl), got '" + shorten(d.language()) + "'");
        }
        text(out, "programme", d.programmeName(), GoodPractice.PROGRAMME_NAME_MAX, false);
        list(out, "themes", d.themes());
        list(out, "tags", d.tags());
        list(out, "targetGroups", d.targetGroups());
        list(out, "stakeholders", d.stakeholders());
        text(out, "staff", d.staff(), GoodPractice.STAFF_MAX, false);
        text(out, "results", d.results(), GoodPractice.LONG_TEXT_MAX, false);
        text(out, "transferability", d.transferability(), GoodPractice.LONG_TEXT_MAX, false);
        text(out, "contact", d.contact(), GoodPractice.CONTACT_MAX, false);
        if (d.year() != null && (d.year() < 1900 || d.year() > 2100)) {
            out.add("year: must be between 1900 and 2100");
        }
        if (d.url() != null && !d.url().isBlank()) {
            text(out, "url", d.url(), GoodPractice.URL_MAX, false);
            if (!isWebAddress(d.url())) {
                out.add("url: must be a web address starting with http:// or https://");
            }
        }
        if (d.links() != null) {
            if (String.join("\n", d.links()).length() > GoodPractice.LINKS_MAX) {
                out.add("links: too many or too long (at most " + GoodPractice.LINKS_MAX + " characters together)");
            }
            for (String l : d.links()) {
                if (l != null && !l.isBlank() && !isWebAddress(l)) {
                    out.add("links: '" + shorten(l) + "' is not a web address starting with http:// or https://");
                }
            }
        }
        if (d.adaptations() != null) {
            if (d.adaptations().size() > 50) {
                out.add("adaptations: at most 50");
            }
            for (PracticeData.AdaptationData a : d.adaptations()) {
                if (a.cityId() == null && (a.cityName() == null || a.cityName().isBlank())) {
                    out.add("adaptations: each adaptation needs a city");
                }
                text(out, "adaptations.how", a.how(), PracticeAdaptation.HOW_MAX, false);
                if (a.country() != null && !a.country().isBlank() && !COUNTRIES.contains(a.country().trim().toUpperCase(Locale.ROOT))) {
                    out.add("adaptations.country: '" + shorten(a.country()) + "' is not a two-letter country code");
                }
            }
        }
        return out;
    }

    static boolean isWebAddress(String s) {
        try {
            URI u = new URI(s.trim());
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static void text(List<String> out, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(field + ": is required");
            }
        } else if (value.length() > max) {
            out.add(field + ": at most " + max + " characters (got " + value.length() + ")");
        }
    }

    private static void list(List<String> out, String field, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.stream().anyMatch(v -> v != null && v.length() > ITEM_MAX)) {
            out.add(field + ": each entry at most " + ITEM_MAX + " characters");
        }
        if (String.join("\n", values).length() > GoodPractice.LIST_MAX) {
            out.add(field + ": too many entries (at most " + GoodPractice.LIST_MAX + " characters together)");
        }
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
