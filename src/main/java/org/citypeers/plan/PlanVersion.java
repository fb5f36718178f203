package org.citypeers.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.citypeers.base.AbstractEntity;

/** A frozen, numbered copy of all sections of a plan, made at each submission (rendered as readable text). */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends AbstractEntity {

    public static final int CONTENT_MAX = 200_000;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(nullable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.now();

    @Column(name = "submitted_by", nullable = false, length = 120)
    private String submittedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_version_section", joinColumns = @JoinColumn(name = "plan_version_id"))
    @MapKeyColumn(name = "kind", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "content", length = CONTENT_MAX)
    private Map<PlanSectionKind, String> sections = new HashMap<>();

    protected PlanVersion() {}

    PlanVersion(Long planId, int number, String submittedBy, Map<PlanSectionKind, String> sections) {
        this.planId = planId;
        this.number = number;
        this.submittedBy = submittedBy;
        this.sections.putAll(sections);
    }

    public Long getPlanId() { return planId; }
    public int getNumber() { return number; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }

    public Map<PlanSectionKind, String> getSections() {
        return sections.isEmpty() ? Map.of() : new EnumMap<>(sections);
    }
}
