package org.citypeers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citypeers.base.AbstractEntity;

/** One section of a programme's plan template: its kind, whether it is required and guidance for the writers. */
@Entity
@Table(name = "plan_template_section")
public class TemplateSection extends AbstractEntity {

    public static final int GUIDANCE_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanSectionKind kind;

    @Column(nullable = false)
    private boolean required;

    @Column(length = GUIDANCE_MAX)
    private String guidance;

    @Column(nullable = false)
    private int position;

    protected TemplateSection() {}

    TemplateSection(PlanSectionKind kind, boolean required, String guidance, int position) {
        this.kind = kind;
        this.required = required;
        this.guidance = guidance;
        this.position = position;
    }

    public PlanSectionKind getKind() { return kind; }
    public boolean isRequired() { return required; }
    public String getGuidance() { return guidance; }
    public int getPosition() { return position; }

    void setRequired(boolean required) { this.required = required; }
    void setGuidance(String guidance) { this.guidance = guidance; }
    void setPosition(int position) { this.position = position; }
}
