package org.citypeers.award;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citypeers.base.AbstractEntity;
import org.citypeers.base.StringListConverter;

/** The award rules of one programme: data its managers edit, not code. */
@Entity
@Table(name = "award_rules")
public class AwardRules extends AbstractEntity {

    public static final int TITLE_MAX = 120;
    public static final int MAX_REVIEWS = 20;
    public static final int MAX_PER_COUNTRY = 50;
    public static final int MAX_JURY_PLACES = 10;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    @Column(name = "programme_id", nullable = false, unique = true)
    private Long programmeId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Column(name = "require_complete_sections", nullable = false)
    private boolean requireCompleteSections = true;

    @Column(name = "min_reviews", nullable = false)
    private int minReviews;

    @Column(name = "min_score", nullable = false)
    private double minScore;

    @Column(name = "max_per_country", nullable = false)
    private int maxPerCountry;

    @Column(name = "jury_places", nullable = false)
    private int juryPlaces;

    @Column(name = "exclude_capitals", nullable = false)
    private boolean excludeCapitals;

    @Convert(converter = StringListConverter.class)
    @Column(name = "excluded_city_ids", nullable = false, length = 2000)
    private List<String> excludedCityIds = new ArrayList<>();

    protected AwardRules() {}

    public AwardRules(Long programmeId, String title, int year) {
        this.programmeId = programmeId;
        this.title = title;
        this.year = year;
    }

    public Long getProgrammeId() { return programmeId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public boolean isRequireCompleteSections() { return requireCompleteSections; }
    public void setRequireCompleteSections(boolean v) { this.requireCompleteSections = v; }
    public int getMinReviews() { return minReviews; }
    public void setMinReviews(int minReviews) { this.minReviews = minReviews; }
    public double getMinScore() { return minScore; }
    public void setMinScore(double minScore) { this.minScore = minScore; }
    public int getMaxPerCountry() { return maxPerCountry; }
    public void setMaxPerCountry(int maxPerCountry) { this.maxPerCountry = maxPerCountry; }
    public int getJuryPlaces() { return juryPlaces; }
    public void setJuryPlaces(int juryPlaces) { this.juryPlaces = juryPlaces; }
    public boolean isExcludeCapitals() { return excludeCapitals; }
    public void setExcludeCapitals(boolean excludeCapitals) { this.excludeCapitals = excludeCapitals; }

    public Set<Long> getExcludedCityIds() {
        Set<Long> ids = new HashSet<>();
        excludedCityIds.forEach(s -> ids.add(Long.valueOf(s)));
        return ids;
    }

    public void setExcludedCityIds(Set<Long> ids) {
        this.excludedCityIds = new ArrayList<>(ids.stream().sorted().map(String::valueOf).toList());
    }

    /** The full title of the award, e.g. "BSR Cultural Pearl 2027". */
    public String fullTitle() {
        return title + " " + year;
    }

    /** The rules as plain values for the engine. */
    public RuleSet toRuleSet() {
        return new RuleSet(requireCompleteSections, minReviews, minScore, maxPerCountry, juryPlaces, excludeCapitals,
                getExcludedCityIds());
    }
}
