package org.citypeers.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citypeers.base.AbstractEntity;
import org.citypeers.base.StringListConverter;

/**
 * One section of a plan with its own optimistic-locking version: two coordinators saving different
 * sections both succeed; saving a section someone else changed since you loaded it is a conflict.
 * Depending on the kind it holds a text, theme codes, stakeholders or questionnaire answers.
 */
@Entity
@Table(name = "plan_section")
public class PlanSection extends AbstractEntity {

    public static final int TEXT_MAX = 20_000;
    public static final int THEMES_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ActionPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanSectionKind kind;

    @Column(length = TEXT_MAX)
    private String text;

    @Convert(converter = StringListConverter.class)
    @Column(name = "theme_codes", nullable = false, length = THEMES_MAX)
    private List<String> themeCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_stakeholder", joinColumns = @JoinColumn(name = "section_id"))
    @OrderColumn(name = "position")
    private List<Stakeholder> stakeholders = new ArrayList<>();

    /** Questionnaire answers by question id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_answer", joinColumns = @JoinColumn(name = "section_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer", nullable = false)
    private Map<Long, Integer> answers = new HashMap<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by_id")
    private Long updatedById;

    @Column(name = "updated_by", length = 120)
    private String updatedBy;

    protected PlanSection() {}

    PlanSection(ActionPlan plan, PlanSectionKind kind) {
        this.plan = plan;
        this.kind = kind;
    }

    public Long getPlanId() { return plan.getId(); }
    public PlanSectionKind getKind() { return kind; }
    /** The section key other features refer to (the kind's name). */
    public String getKey() { return kind.name(); }
    public String getText() { return text; }
    public List<String> getThemeCodes() { return List.copyOf(themeCodes); }
    public List<Stakeholder> getStakeholders() { return List.copyOf(stakeholders); }
    public Map<Long, Integer> getAnswers() { return Map.copyOf(answers); }
    public Instant getUpdatedAt() { return updatedAt; }
    public Long getUpdatedById() { return updatedById; }
    public String getUpdatedBy() { return updatedBy; }

    void apply(SectionContent c) {
        this.text = c.text() == null || c.text().isBlank() ? null : c.text();
        this.themeCodes = new ArrayList<>(c.themeCodes() == null ? List.of() : c.themeCodes());
        this.stakeholders.clear();
        if (c.stakeholders() != null) {
            this.stakeholders.addAll(c.stakeholders());
        }
        this.answers.clear();
        if (c.answers() != null) {
            this.answers.putAll(c.answers());
        }
    }

    /** Moves answers to other question ids (a programme's plans moving from the default template to its own copy). */
    void renumberAnswers(Map<Long, Long> newIds) {
        Map<Long, Integer> moved = new HashMap<>();
        answers.forEach((q, a) -> moved.put(newIds.getOrDefault(q, q), a));
        answers.clear();
        answers.putAll(moved);
    }

    void stamp(Long userId, String userName) {
        this.updatedAt = Instant.now();
        this.updatedById = userId;
        this.updatedBy = userName;
    }

    /** What the section holds now, as the editor works with it. */
    public SectionContent content() {
        return new SectionContent(text, getThemeCodes(), getStakeholders(), getAnswers());
    }
}
