package org.citypeers.practice;

import java.time.Instant;
import java.util.List;

/**
 * An immutable copy of everything the search index needs from one practice, read in one transaction.
 * Stable API for the search feature: fields are only ever added, never renamed or removed.
 *
 * @param id              database id (the index key)
 * @param externalId      import id (e.g. {@code urbact-017}) or null for practices created in the app
 * @param title           plain text, never null
 * @param summary         plain text, never null
 * @param description     plain text, may be null, up to {@link GoodPractice#DESCRIPTION_MAX} characters
 * @param results         results and evidence, may be null
 * @param transferability how others can transfer it, may be null
 * @param targetGroups    free texts, never null
 * @param stakeholders    free texts, never null
 * @param tags            free theme labels of imported practices that the taxonomy did not know, never null
 * @param language        ISO 639-1 code of the text (one of {@code Languages.CONTENT} or another code from an import)
 * @param themes          theme codes of the taxonomy ({@link ThemeService}), never null
 * @param cityId          the owning {@code City} id, or null when only a name is known
 * @param cityName        owner name, never null
 * @param country         ISO 3166-1 alpha-2, upper case
 * @param population      of the owning city, may be null
 * @param programmeId     may be null
 * @param programmeShortName programme short name, or the free programme name of an import; may be null
 * @param year            may be null
 * @param url             may be null
 * @param status          only {@link PracticeStatus#PUBLISHED} may be shown to the public
 * @param updatedAt       last change
 * @param publishedAt     first publication, null when never published
 * @param adaptedBy       names of the cities that adapted the practice
 */
public record PracticeSnapshot(long id, String externalId, String title, String summary, String description,
                               String results, String transferability, List<String> targetGroups,
                               List<String> stakeholders, List<String> tags, String language, List<String> themes,
                               Long cityId, String cityName, String country, Integer population, Long programmeId,
                               String programmeShortName, Integer year, String url, PracticeStatus status,
                               Instant updatedAt, Instant publishedAt, List<String> adaptedBy) {

    public boolean published() {
        return status == PracticeStatus.PUBLISHED;
    }

    static PracticeSnapshot of(GoodPractice p) {
        return new PracticeSnapshot(p.getId(), p.getExternalId(), p.getTitle(), p.getSummary(), p.getDescription(),
                p.getResults(), p.getTransferability(), List.copyOf(p.getTargetGroups()), List.copyOf(p.getStakeholders()),
                List.copyOf(p.getTags()), p.getLanguage(), List.copyOf(p.getThemes()),
                p.getCity() == null ? null : p.getCity().getId(), p.getCityName(), p.getCountry(), p.getPopulation(),
                p.getProgramme() == null ? null : p.getProgramme().getId(), p.programmeLabel(), p.getYear(), p.getUrl(),
                p.getStatus(), p.getUpdatedAt(), p.getPublishedAt(),
                p.getAdaptations().stream().map(PracticeAdaptation::getCityName).toList());
    }
}
