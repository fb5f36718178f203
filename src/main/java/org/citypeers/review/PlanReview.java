package org.citypeers.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citypeers.base.AbstractEntity;

/**
 * One expert's review of one submitted version of a plan: a score with a justification per award
 * criterion of the programme, and an overall recommendation. A draft until submitted; a submitted review
 * no longer changes. After the city resubmits, the expert writes a new review of the new version (a
 * revision); the earlier one stays as it was, so every round of scores is kept (see docs/review.md).
 */
@Entity
@Table(name = "plan_review")
public class PlanReview extends AbstractEntity {

    public static final int COMMENT_MAX = 4000;

    public enum Status { DRAFT, SUBMITTED }

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "expert_id", nullable = false)
    private Long expertId;

    /** The number of the plan's frozen version (submission round) this review is about. */
    @Column(name = "plan_version", nullable = false)
    private int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Recommendation recommendation;

    @Column(name = "overall_comment", length = COMMENT_MAX)
    private String overallComment;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "review_id", nullable = false)
    private List<CriterionScore> scores = new ArrayList<>();

    protected PlanReview() {}

    PlanReview(Long planId, Long expertId, int planVersion, Instant now) {
        this.planId = planId;
        this.expertId = expertId;
        this.planVersion = planVersion;
        this.updatedAt = now;
    }

    public Long getPlanId() { return planId; }
    public Long getExpertId() { return expertId; }
    public int getPlanVersion() { return planVersion; }
    public Status getStatus() { return status; }
    public boolean isSubmitted() { return status == Status.SUBMITTED; }
    public Recommendation getRecommendation() { return recommendation; }
    public String getOverallComment() { return overallComment; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public List<CriterionScore> getScores() { return List.copyOf(scores); }

    public Optional<CriterionScore> scoreFor(Long criterionId) {
        return scores.stream().filter(s -> s.getCriterionId().equals(criterionId)).findFirst();
    }

    void apply(ReviewData data, Instant now) {
        this.recommendation = data.recommendation();
        this.overallComment = blankToNull(data.overallComment());
        for (var e : data.scores().entrySet()) {
            ReviewData.Entry entry = e.getValue();
            CriterionScore s = scoreFor(e.getKey()).orElseGet(() -> {
                CriterionScore created = new CriterionScore(e.getKey());
                scores.add(created);
                return created;
            });
            s.set(entry.score(), blankToNull(entry.justification()));
        }
        this.updatedAt = now;
    }

    void submit(Instant now) {
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
