package org.citypeers.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.citypeers.base.AbstractEntity;

/**
 * A decision on one plan: the title awarded (or the plan declined), with the citation, who decided and
 * when. The city, title and plan summary are copied at decision time so that a certificate and the
 * public page keep saying what was awarded. Revoking keeps the row, with who, when and why.
 */
@Entity
@Table(name = "award")
public class Award extends AbstractEntity {

    public enum Status { AWARDED, DECLINED, REVOKED }

    public static final int CITATION_MAX = 4000;
    public static final int REASON_MAX = 2000;
    public static final int PLAN_TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 4000;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Column(name = "city_name", nullable = false, length = 160)
    private String cityName;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = AwardRules.TITLE_MAX)
    private String title;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** Whether the award used one of the jury's places beyond the country limit. */
    @Column(name = "jury_place", nullable = false)
    private boolean juryPlace;

    private Double score;

    @Column(name = "review_count", nullable = false)
    private int reviewCount;

    @Column(length = CITATION_MAX)
    private String citation;

    @Column(name = "plan_title", length = PLAN_TITLE_MAX)
    private String planTitle;

    @Column(name = "plan_summary", length = SUMMARY_MAX)
    private String planSummary;

    @Column(name = "decided_by_id", nullable = false)
    private Long decidedById;

    @Column(name = "decided_by_name", nullable = false, length = 120)
    private String decidedByName;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "revoked_by_id")
    private Long revokedById;

    @Column(name = "revoked_by_name", length = 120)
    private String revokedByName;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason", length = REASON_MAX)
    private String revokeReason;

    protected Award() {}

    Award(Long programmeId, Candidate c, AwardRules rules, Status status, boolean juryPlace, String citation,
          String planSummary, Long decidedById, String decidedByName, Instant decidedAt) {
        this.programmeId = programmeId;
        this.planId = c.planId();
        this.cityId = c.cityId();
        this.cityName = c.cityName();
        this.country = c.country();
        this.title = rules.getTitle();
        this.year = rules.getYear();
        this.status = status;
        this.juryPlace = juryPlace;
        this.score = c.weightedScore();
        this.reviewCount = c.submittedReviews();
        this.citation = citation;
        this.planTitle = truncate(c.planTitle(), PLAN_TITLE_MAX);
        this.planSummary = truncate(planSummary, SUMMARY_MAX);
        this.decidedById = decidedById;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
    }

    void revoke(Long byId, String byName, Instant at, String reason) {
        this.status = Status.REVOKED;
        this.revokedById = byId;
        this.revokedByName = byName;
        this.revokedAt = at;
        this.revokeReason = reason;
    }

    /** The decision as the rule engine sees it, or null once revoked. */
    Decision toDecision() {
        return switch (status) {
            case AWARDED -> new Decision(planId, country, juryPlace ? Decision.Kind.AWARDED_WITH_JURY_PLACE : Decision.Kind.AWARDED);
            case DECLINED -> new Decision(planId, country, Decision.Kind.DECLINED);
            case REVOKED -> null;
        };
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getProgrammeId() { return programmeId; }
    public Long getPlanId() { return planId; }
    public Long getCityId() { return cityId; }
    public String getCityName() { return cityName; }
    public String getCountry() { return country; }
    public String getTitle() { return title; }
    public int getYear() { return year; }
    public String fullTitle() { return title + " " + year; }
    public Status getStatus() { return status; }
    public boolean isJuryPlace() { return juryPlace; }
    public Double getScore() { return score; }
    public int getReviewCount() { return reviewCount; }
    public String getCitation() { return citation; }
    public String getPlanTitle() { return planTitle; }
    public String getPlanSummary() { return planSummary; }
    public Long getDecidedById() { return decidedById; }
    public String getDecidedByName() { return decidedByName; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getRevokedById() { return revokedById; }
    public String getRevokedByName() { return revokedByName; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokeReason() { return revokeReason; }
    public boolean isAwarded() { return status == Status.AWARDED; }
}
