package org.citypeers.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citypeers.base.AbstractEntity;

/** An expert's score (0 to {@link #MAX}) for one award criterion, with the reason. */
@Entity
@Table(name = "criterion_score")
public class CriterionScore extends AbstractEntity {

    public static final int MIN = 0;
    public static final int MAX = 10;
    public static final int JUSTIFICATION_MAX = 4000;

    @Column(name = "criterion_id", nullable = false)
    private Long criterionId;

    @Column
    private Integer score;

    @Column(length = JUSTIFICATION_MAX)
    private String justification;

    protected CriterionScore() {}

    CriterionScore(Long criterionId) {
        this.criterionId = criterionId;
    }

    public Long getCriterionId() { return criterionId; }
    public Integer getScore() { return score; }
    public String getJustification() { return justification; }

    void set(Integer score, String justification) {
        this.score = score;
        this.justification = justification;
    }
}
