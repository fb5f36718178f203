package org.citypeers.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citypeers.base.AbstractEntity;

/** One action of a plan, versioned on its own so that two coordinators can work on different actions at once. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int OBJECTIVE_MAX = 500;
    public static final int LEAD_MAX = 200;
    public static final int PARTNERS_MAX = 500;
    public static final int FUNDING_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ActionPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(length = OBJECTIVE_MAX)
    private String objective;

    @Column(length = LEAD_MAX)
    private String lead;

    @Column(length = PARTNERS_MAX)
    private String partners;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "budget_eur")
    private Long budgetEur;

    @Column(name = "funding_source", length = FUNDING_MAX)
    private String fundingSource;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_action_indicator", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_action_practice", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    private List<PracticeLink> practices = new ArrayList<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 120)
    private String updatedBy;

    protected PlanAction() {}

    PlanAction(ActionPlan plan, int position, String title) {
        this.plan = plan;
        this.position = position;
        this.title = title;
    }

    public Long getPlanId() { return plan.getId(); }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getObjective() { return objective; }
    public String getLead() { return lead; }
    public String getPartners() { return partners; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public Long getBudgetEur() { return budgetEur; }
    public String getFundingSource() { return fundingSource; }
    public List<Indicator> getIndicators() { return List.copyOf(indicators); }
    public List<PracticeLink> getPractices() { return List.copyOf(practices); }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }

    void apply(ActionData d) {
        this.title = d.title().strip();
        this.description = d.description();
        this.objective = d.objective();
        this.lead = d.lead();
        this.partners = d.partners();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.budgetEur = d.budgetEur();
        this.fundingSource = d.fundingSource();
        this.indicators.clear();
        this.indicators.addAll(d.indicators() == null ? List.of() : d.indicators());
        this.practices.clear();
        this.practices.addAll(d.practices() == null ? List.of() : d.practices());
    }

    void addPractice(PracticeLink link) {
        practices.add(link);
    }

    void stamp(String userName) {
        this.updatedAt = Instant.now();
        this.updatedBy = userName;
    }

    /** The action as the editor works with it. */
    public ActionData data() {
        return new ActionData(title, description, objective, lead, partners, startDate, endDate, budgetEur, fundingSource,
                getIndicators(), getPractices());
    }
}
