package org.citypeers.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.citypeers.base.AbstractEntity;

/** One entry of a practice's history: what was done, by whom, when, with the full content as it was afterwards (JSON). */
@Entity
@Table(name = "practice_version")
public class PracticeVersion extends AbstractEntity {

    public static final int SNAPSHOT_MAX = 200_000;

    /** What happened. */
    public enum Action { CREATED, EDITED, SUBMITTED, VALIDATED, PUBLISHED, RETURNED, REJECTED, IMPORTED, ATTACHMENT_ADDED, ATTACHMENT_REMOVED }

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private PracticeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private PracticeStatus toStatus;

    @Column(length = GoodPractice.REASON_MAX)
    private String reason;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false, length = SNAPSHOT_MAX)
    private String snapshot;

    protected PracticeVersion() {}

    PracticeVersion(Long practiceId, int number, Action action, PracticeStatus fromStatus, PracticeStatus toStatus,
                    String reason, Long authorId, String authorName, String snapshot) {
        this.practiceId = practiceId;
        this.number = number;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.authorId = authorId;
        this.authorName = authorName;
        this.snapshot = snapshot;
    }

    public Long getPracticeId() { return practiceId; }
    public int getNumber() { return number; }
    public Action getAction() { return action; }
    public PracticeStatus getFromStatus() { return fromStatus; }
    public PracticeStatus getToStatus() { return toStatus; }
    public String getReason() { return reason; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSnapshot() { return snapshot; }
}
