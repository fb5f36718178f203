package org.citypeers.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citypeers.base.AbstractEntity;

/**
 * What a programme's plans look like, as data: the sections (and which are required), the
 * self-assessment questions, and the programme's conflict-of-interest rule for experts. The template
 * without a programme is the default for programmes that define none.
 */
@Entity
@Table(name = "plan_template")
public class PlanTemplate extends AbstractEntity {

    public static final int NAME_MAX = 200;

    @Column(name = "programme_id")
    private Long programmeId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** An expert affiliated with the plan's own city is excluded. */
    @Column(name = "coi_same_city", nullable = false)
    private boolean excludeSameCity = true;

    /** An expert affiliated with a city or organisation of the plan city's country is excluded. */
    @Column(name = "coi_same_country", nullable = false)
    private boolean excludeSameCountry = true;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "template_id", nullable = false)
    @OrderBy("position ASC")
    private List<TemplateSection> sections = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id", nullable = false)
    @OrderBy("position ASC")
    private List<TemplateQuestion> questions = new ArrayList<>();

    /** When and by whom a programme manager saved the template last (null for templates never edited in the app). */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 120)
    private String updatedBy;

    protected PlanTemplate() {}

    public PlanTemplate(Long programmeId, String name) {
        this.programmeId = programmeId;
        this.name = name;
    }

    public Long getProgrammeId() { return programmeId; }
    public String getName() { return name; }
    public boolean isExcludeSameCity() { return excludeSameCity; }
    public void setExcludeSameCity(boolean v) { this.excludeSameCity = v; }
    public boolean isExcludeSameCountry() { return excludeSameCountry; }
    public void setExcludeSameCountry(boolean v) { this.excludeSameCountry = v; }
    public List<TemplateSection> getSections() { return sections; }
    public List<TemplateQuestion> getQuestions() { return questions; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }

    /** Whether this is the default template, shared by the programmes that have none of their own. */
    public boolean isDefault() { return programmeId == null; }

    void stamp(String userName) {
        this.updatedAt = Instant.now();
        this.updatedBy = userName;
    }

    public TemplateSection addSection(PlanSectionKind kind, boolean required, String guidance) {
        TemplateSection s = new TemplateSection(kind, required, guidance, sections.size());
        sections.add(s);
        return s;
    }

    public TemplateQuestion addQuestion(String text, int scaleMin, int scaleMax) {
        TemplateQuestion q = new TemplateQuestion(text, scaleMin, scaleMax, questions.size());
        questions.add(q);
        return q;
    }

    public Optional<TemplateSection> section(PlanSectionKind kind) {
        return sections.stream().filter(s -> s.getKind() == kind).findFirst();
    }

    public boolean isRequired(PlanSectionKind kind) {
        return section(kind).map(TemplateSection::isRequired).orElse(false);
    }
}
