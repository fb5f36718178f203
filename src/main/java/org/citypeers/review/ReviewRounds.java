package org.citypeers.review;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanStatus;

/**
 * The rules of review rounds, without side effects: one review per expert and submitted plan version;
 * the aggregate takes each expert's latest submitted review; an expert sees the others' reviews of a
 * version only once they have submitted their own review of that version.
 */
final class ReviewRounds {

    private ReviewRounds() {}

    /** Experts score while the plan is with the programme: submitted at least once and not decided. */
    static boolean isOpenForReview(PlanStatus status) {
        return status != PlanStatus.DRAFT && !status.isFinal();
    }

    /** The latest submitted review of each expert (a revision replaces the expert's earlier scores, never adds to them). */
    static List<PlanReview> latestSubmittedPerExpert(Collection<PlanReview> reviews) {
        Map<Long, PlanReview> latest = new LinkedHashMap<>();
        reviews.stream().filter(PlanReview::isSubmitted)
                .sorted(Comparator.comparingInt(PlanReview::getPlanVersion).thenComparing(PlanReview::getId))
                .forEach(r -> latest.put(r.getExpertId(), r));
        return List.copyOf(latest.values());
    }

    /** The plan versions for which this expert has submitted a review: the rounds whose reviews they may see. */
    static Set<Integer> submittedVersionsOf(Long expertId, Collection<PlanReview> reviews) {
        return reviews.stream().filter(r -> r.isSubmitted() && r.getExpertId().equals(expertId))
                .map(PlanReview::getPlanVersion).collect(Collectors.toSet());
    }

    /** Where an assigned expert stands on a plan, given all their reviews of it. */
    static ReviewService.State stateOf(ActionPlan plan, Collection<PlanReview> mine) {
        if (!isOpenForReview(plan.getStatus())) {
            return ReviewService.State.CLOSED;
        }
        Optional<PlanReview> current = mine.stream().filter(r -> r.getPlanVersion() == plan.getLatestVersion()).findFirst();
        if (current.isPresent()) {
            return current.get().isSubmitted() ? ReviewService.State.SUBMITTED : ReviewService.State.DRAFT;
        }
        return mine.stream().anyMatch(PlanReview::isSubmitted) ? ReviewService.State.REVISION_DUE : ReviewService.State.NOT_STARTED;
    }
}
