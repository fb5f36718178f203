package org.citypeers.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.citypeers.base.AbstractEntity;

/** One message in a comment thread. Plain text: shown escaped, never as HTML. */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends AbstractEntity {

    public static final int BODY_MAX = 4000;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewComment() {}

    ReviewComment(Long threadId, Long authorId, String body, Instant createdAt) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getThreadId() { return threadId; }
    public Long getAuthorId() { return authorId; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
