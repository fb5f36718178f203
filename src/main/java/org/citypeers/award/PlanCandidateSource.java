package org.citypeers.award;

import java.util.List;
import java.util.Optional;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanStatus;
import org.springframework.stereotype.Component;

/**
 * The award rules' facts from the plan and review features: every plan of the programme that has been
 * submitted at least once (not a draft, not rejected), whether its required sections are complete, and
 * its submitted reviews with their weighted score.
 */
@Component
class PlanCandidateSource implements AwardCandidateSource {

    private final PlanService plans;
    private final ReviewFacts reviews;

    PlanCandidateSource(PlanService plans, ReviewFacts reviews) {
        this.plans = plans;
        this.reviews = reviews;
    }

    @Override
    public List<Candidate> candidates(Long programmeId) {
        return plans.findForProgramme(programmeId).stream()
                .filter(p -> p.getStatus() != PlanStatus.DRAFT && p.getStatus() != PlanStatus.REJECTED)
                .map(this::candidate).toList();
    }

    private Candidate candidate(ActionPlan p) {
        boolean complete = plans.completeness(p.getId()).missingRequired().isEmpty();
        ReviewFacts.Facts r = reviews.of(p.getId());
        return new Candidate(p.getId(), p.displayName(), p.getCity().getId(), p.getCity().getName(), p.getCity().getCountry(),
                p.getCity().isCapital(), complete, r.submittedReviews(), r.weightedScore());
    }

    @Override
    public Optional<String> summary(Long planId) {
        return plans.englishSummary(planId);
    }
}
