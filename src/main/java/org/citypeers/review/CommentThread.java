package org.citypeers.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.citypeers.base.AbstractEntity;

/** A conversation about one section of a plan, or one of its actions, that can be resolved and reopened. */
@Entity
@Table(name = "comment_thread")
public class CommentThread extends AbstractEntity {

    public enum Status { OPEN, RESOLVED }

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    /** The plan section (a {@code PlanSectionKind} name); null when the thread is about an action. */
    @Column(name = "section_key", length = 60)
    private String sectionKey;

    @Column(name = "action_id")
    private Long actionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    protected CommentThread() {}

    CommentThread(Long planId, String sectionKey, Long actionId, Long createdBy, Instant now) {
        this.planId = planId;
        this.sectionKey = sectionKey;
        this.actionId = actionId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    public Long getPlanId() { return planId; }
    public String getSectionKey() { return sectionKey; }
    public Long getActionId() { return actionId; }
    public Status getStatus() { return status; }
    public boolean isOpen() { return status == Status.OPEN; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }

    void touch(Instant now) { this.lastActivityAt = now; }

    void resolve(Long by, Instant now) {
        status = Status.RESOLVED;
        resolvedBy = by;
        resolvedAt = now;
        lastActivityAt = now;
    }

    void reopen(Instant now) {
        status = Status.OPEN;
        resolvedBy = null;
        resolvedAt = null;
        lastActivityAt = now;
    }
}
