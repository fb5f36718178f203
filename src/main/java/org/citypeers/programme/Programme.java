package org.citypeers.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citypeers.base.AbstractEntity;
import org.citypeers.base.StringListConverter;

/** A peer-learning programme (an Interreg project, an URBACT network, a city forum) with its phases and award criteria. */
@Entity
@Table(name = "programme")
public class Programme extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int SHORT_NAME_MAX = 40;
    public static final int FUNDER_MAX = 200;
    public static final int AWARD_TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 10_000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "short_name", nullable = false, length = SHORT_NAME_MAX)
    private String shortName;

    @Column(length = FUNDER_MAX)
    private String funder;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Convert(converter = StringListConverter.class)
    @Column(name = "working_languages", nullable = false, length = 100)
    private List<String> workingLanguages = new ArrayList<>();

    @Column(name = "award_title", length = AWARD_TITLE_MAX)
    private String awardTitle;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    @OrderBy("startsOn ASC, id ASC")
    private List<ProgrammePhase> phases = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    @OrderBy("position ASC")
    private List<AwardCriterion> criteria = new ArrayList<>();

    /** Accounts (ids) of the programme managers who run this programme. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_manager", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "user_id")
    private Set<Long> managerIds = new HashSet<>();

    protected Programme() {}

    public Programme(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getFunder() { return funder; }
    public void setFunder(String funder) { this.funder = funder; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public List<String> getWorkingLanguages() { return workingLanguages; }
    public void setWorkingLanguages(List<String> langs) { this.workingLanguages = new ArrayList<>(langs); }
    public String getAwardTitle() { return awardTitle; }
    public void setAwardTitle(String awardTitle) { this.awardTitle = awardTitle; }
    public List<ProgrammePhase> getPhases() { return phases; }
    public List<AwardCriterion> getCriteria() { return criteria; }
    public Set<Long> getManagerIds() { return managerIds; }

    public void addPhase(ProgrammePhase phase) { phases.add(phase); }

    public void addCriterion(AwardCriterion c) {
        c.setPosition(criteria.size());
        criteria.add(c);
    }

    /** The sum of the criteria weights (100 when the programme is set up completely). */
    public int totalWeight() {
        return criteria.stream().mapToInt(AwardCriterion::getWeight).sum();
    }
}
