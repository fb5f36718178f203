package org.citypeers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.citypeers.base.AbstractEntity;

/** An expert assigned to a plan as mentor or jury member; the expert may then read it (read-only). */
@Entity
@Table(name = "plan_expert")
public class ExpertAssignment extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExpertRole role;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt = Instant.now();

    @Column(name = "assigned_by", nullable = false, length = 120)
    private String assignedBy;

    protected ExpertAssignment() {}

    ExpertAssignment(Long planId, Long userId, ExpertRole role, String assignedBy) {
        this.planId = planId;
        this.userId = userId;
        this.role = role;
        this.assignedBy = assignedBy;
    }

    public Long getPlanId() { return planId; }
    public Long getUserId() { return userId; }
    public ExpertRole getRole() { return role; }
    void setRole(ExpertRole role) { this.role = role; }
    public Instant getAssignedAt() { return assignedAt; }
    public String getAssignedBy() { return assignedBy; }
}
