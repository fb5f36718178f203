package org.citypeers.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanReviewRepository extends JpaRepository<PlanReview, Long> {

    Optional<PlanReview> findByPlanIdAndExpertIdAndPlanVersion(Long planId, Long expertId, int planVersion);

    /** One expert's reviews of a plan, newest version first. */
    List<PlanReview> findByPlanIdAndExpertIdOrderByPlanVersionDesc(Long planId, Long expertId);

    List<PlanReview> findByPlanIdOrderByPlanVersionAscIdAsc(Long planId);

    List<PlanReview> findByExpertId(Long expertId);

    @Query("select r from PlanReview r where r.planId in :planIds and r.status = org.citypeers.review.PlanReview.Status.SUBMITTED")
    List<PlanReview> findSubmittedByPlanIds(Collection<Long> planIds);
}
