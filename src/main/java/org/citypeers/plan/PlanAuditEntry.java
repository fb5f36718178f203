package org.citypeers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.citypeers.base.AbstractEntity;

/** One line of a plan's audit trail: who did what, when and why (status changes, assignments, creation). */
@Entity
@Table(name = "plan_audit_entry")
public class PlanAuditEntry extends AbstractEntity {

    public static final int NOTE_MAX = 2000;

    public enum Kind { CREATED, STATUS_CHANGED, EXPERT_ASSIGNED, EXPERT_UNASSIGNED }

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt = Instant.now();

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private PlanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 30)
    private PlanStatus toStatus;

    @Column(length = NOTE_MAX)
    private String note;

    protected PlanAuditEntry() {}

    PlanAuditEntry(Long planId, Long actorId, String actorName, Kind kind, PlanStatus from, PlanStatus to, String note) {
        this.planId = planId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note;
    }

    public Long getPlanId() { return planId; }
    public Instant getHappenedAt() { return happenedAt; }
    public Long getActorId() { return actorId; }
    public String getActorName() { return actorName; }
    public Kind getKind() { return kind; }
    public PlanStatus getFromStatus() { return fromStatus; }
    public PlanStatus getToStatus() { return toStatus; }
    public String getNote() { return note; }
}
