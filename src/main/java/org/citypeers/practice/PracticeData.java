package org.citypeers.practice;

import java.util.List;

/**
 * Everything a person edits on a practice (the form, or one entry of an import). Texts may contain
 * HTML: the service strips it to plain text. {@code cityId} wins over {@code cityName}/{@code country};
 * a blank {@code language} means "detect it from the text".
 */
public record PracticeData(String title, String summary, String description, Long cityId, String cityName,
                           String country, Integer population, Long programmeId, String programmeName, String language,
                           List<String> themes, List<String> tags, List<String> targetGroups, List<String> stakeholders,
                           BudgetRange budgetRange, String staff, String results, String transferability,
                           String contact, List<String> links, Integer year, String url,
                           List<AdaptationData> adaptations) {

    /** A city that adapted the practice: a known city (id) or a name, and how it did it. */
    public record AdaptationData(Long cityId, String cityName, String country, String how, Integer year) {}

    /** A minimal practice: the required fields only. */
    public static PracticeData minimal(String title, String summary, Long cityId, String cityName, String country) {
        return new PracticeData(title, summary, null, cityId, cityName, country, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), null, null, null, null, null, List.of(), null, null, List.of());
    }

    static PracticeData of(GoodPractice p) {
        return new PracticeData(p.getTitle(), p.getSummary(), p.getDescription(), p.getCity() == null ? null : p.getCity().getId(),
                p.getCityName(), p.getCountry(), p.getPopulation(), p.getProgramme() == null ? null : p.getProgramme().getId(),
                p.getProgrammeName(), p.getLanguage(), List.copyOf(p.getThemes()), List.copyOf(p.getTags()),
                List.copyOf(p.getTargetGroups()), List.copyOf(p.getStakeholders()), p.getBudgetRange(), p.getStaff(),
                p.getResults(), p.getTransferability(), p.getContact(), List.copyOf(p.getLinks()), p.getYear(), p.getUrl(),
                p.getAdaptations().stream().map(a -> new AdaptationData(a.getCity() == null ? null : a.getCity().getId(),
                        a.getCityName(), a.getCountry(), a.getHow(), a.getYear())).toList());
    }
}
