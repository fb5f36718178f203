package org.citypeers.practice;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.citypeers.base.AbstractEntity;
import org.citypeers.base.StringListConverter;
import org.citypeers.city.City;
import org.citypeers.programme.Programme;

/**
 * A good practice of the library: what a city did, for whom, with what resources and results, and how
 * others can transfer it. The owner is a known {@link City} or, for imported practices of cities that
 * are not members, just a name and a country. Every change is kept as a {@link PracticeVersion}.
 */
@Entity
@Table(name = "good_practice")
public class GoodPractice extends AbstractEntity {

    public static final int EXTERNAL_ID_MAX = 100;
    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 4000;
    public static final int DESCRIPTION_MAX = 60_000;
    public static final int CITY_NAME_MAX = City.NAME_MAX;
    public static final int PROGRAMME_NAME_MAX = 200;
    public static final int LIST_MAX = 2000;
    public static final int STAFF_MAX = 500;
    public static final int LONG_TEXT_MAX = 20_000;
    public static final int CONTACT_MAX = 500;
    public static final int LINKS_MAX = 4000;
    public static final int URL_MAX = 1000;
    public static final int REASON_MAX = 2000;

    @Column(name = "external_id", unique = true, length = EXTERNAL_ID_MAX)
    private String externalId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    @Column(name = "city_name", nullable = false, length = CITY_NAME_MAX)
    private String cityName;

    @Column(nullable = false, length = 2)
    private String country;

    private Integer population;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "programme_name", length = PROGRAMME_NAME_MAX)
    private String programmeName;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "language_detected", nullable = false)
    private boolean languageDetected;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = LIST_MAX)
    private List<String> themes = new ArrayList<>();

    @Convert(converter = LinesConverter.class)
    @Column(nullable = false, length = LIST_MAX)
    private List<String> tags = new ArrayList<>();

    @Convert(converter = LinesConverter.class)
    @Column(name = "target_groups", nullable = false, length = LIST_MAX)
    private List<String> targetGroups = new ArrayList<>();

    @Convert(converter = LinesConverter.class)
    @Column(nullable = false, length = LIST_MAX)
    private List<String> stakeholders = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_range", length = 30)
    private BudgetRange budgetRange;

    @Column(length = STAFF_MAX)
    private String staff;

    @Column(length = LONG_TEXT_MAX)
    private String results;

    @Column(length = LONG_TEXT_MAX)
    private String transferability;

    @Column(length = CONTACT_MAX)
    private String contact;

    @Convert(converter = LinesConverter.class)
    @Column(nullable = false, length = LINKS_MAX)
    private List<String> links = new ArrayList<>();

    @Column(name = "practice_year")
    private Integer year;

    @Column(length = URL_MAX)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeStatus status = PracticeStatus.DRAFT;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_id", nullable = false)
    @OrderBy("position ASC")
    private List<PracticeAdaptation> adaptations = new ArrayList<>();

    protected GoodPractice() {}

    public GoodPractice(String title, String summary, String cityName, String country, String language) {
        this.title = title;
        this.summary = summary;
        this.cityName = cityName;
        this.country = country;
        this.language = language;
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public City getCity() { return city; }
    public void setCity(City city) { this.city = city; }
    public String getCityName() { return cityName; }
    public void setCityName(String cityName) { this.cityName = cityName; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public Programme getProgramme() { return programme; }
    public void setProgramme(Programme programme) { this.programme = programme; }
    public String getProgrammeName() { return programmeName; }
    public void setProgrammeName(String programmeName) { this.programmeName = programmeName; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isLanguageDetected() { return languageDetected; }
    public void setLanguageDetected(boolean languageDetected) { this.languageDetected = languageDetected; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = new ArrayList<>(themes); }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = new ArrayList<>(tags); }
    public List<String> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(List<String> v) { this.targetGroups = new ArrayList<>(v); }
    public List<String> getStakeholders() { return stakeholders; }
    public void setStakeholders(List<String> v) { this.stakeholders = new ArrayList<>(v); }
    public BudgetRange getBudgetRange() { return budgetRange; }
    public void setBudgetRange(BudgetRange budgetRange) { this.budgetRange = budgetRange; }
    public String getStaff() { return staff; }
    public void setStaff(String staff) { this.staff = staff; }
    public String getResults() { return results; }
    public void setResults(String results) { this.results = results; }
    public String getTransferability() { return transferability; }
    public void setTransferability(String transferability) { this.transferability = transferability; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public List<String> getLinks() { return links; }
    public void setLinks(List<String> links) { this.links = new ArrayList<>(links); }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public PracticeStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public Long getCreatedBy() { return createdBy; }
    public void setCreatedBy(Long createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public List<PracticeAdaptation> getAdaptations() { return adaptations; }

    /** Moves the practice to a new status; the service checks who may do it. */
    void changeStatus(PracticeStatus to, String reason) {
        this.status = to;
        this.statusReason = reason;
        if (to == PracticeStatus.PUBLISHED && publishedAt == null) {
            publishedAt = Instant.now();
        }
        touch();
    }

    void touch() {
        updatedAt = Instant.now();
    }

    /** The programme's short name, or the free programme name of an imported practice. */
    public String programmeLabel() {
        return programme != null ? programme.getShortName() : programmeName;
    }
}
