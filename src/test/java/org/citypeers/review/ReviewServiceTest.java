package org.citypeers.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citypeers.review.ReviewTestSupport.*;

import java.util.List;
import org.citypeers.IntegrationTest;
import org.citypeers.notification.NotificationType;
import org.citypeers.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ReviewServiceTest extends IntegrationTest {

    @Autowired ReviewService reviews;
    @Autowired ReviewTestSupport support;
    @Autowired ApplicationEvents events;

    @Test
    void the_programmes_weighted_criteria_are_the_ones_scored() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        List<ReviewService.Criterion> criteria = support.as(EXPERT, () -> reviews.criteria(plan.getId()));
        assertThat(criteria).extracting(ReviewService.Criterion::weight).containsExactly(40, 30, 30);
    }

    @Test
    void an_expert_sees_the_other_experts_scores_only_after_submitting_their_own() {
        ActionPlan plan = support.submittedPlan(EXPERT, EXPERT2);
        ReviewService.ReviewView draft2 = support.as(EXPERT2, () -> reviews.saveDraft(plan.getId(), null, data(plan, 5, 5, 5, false)));
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, data(plan, 8, 6, 7, true)));

        // expert2 has only a draft: nothing of expert@ is visible, neither reviews nor the aggregate
        assertThat(support.as(EXPERT2, () -> reviews.submittedReviews(plan.getId()))).isEmpty();
        assertThat(support.as(EXPERT2, () -> reviews.mayCompare(plan.getId()))).isFalse();
        assertThatThrownBy(() -> support.as(EXPERT2, () -> reviews.summary(plan.getId()))).isInstanceOf(AccessDeniedException.class);
        // expert@ has submitted: sees submitted reviews only, not expert2's draft
        assertThat(support.as(EXPERT, () -> reviews.submittedReviews(plan.getId())))
                .extracting(ReviewService.ReviewView::expertId).containsExactly(support.account(EXPERT).getId());

        support.as(EXPERT2, () -> reviews.submit(plan.getId(), draft2.version(), data(plan, 6, 8, 9, true)));

        assertThat(support.as(EXPERT2, () -> reviews.submittedReviews(plan.getId()))).hasSize(2);
        assertThat(support.as(EXPERT, () -> reviews.submittedReviews(plan.getId()))).hasSize(2);
    }

    @Test
    void the_aggregate_averages_each_criterion_and_weights_them() {
        ActionPlan plan = support.submittedPlan(EXPERT, EXPERT2);
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, data(plan, 8, 6, 7, true)));
        support.as(EXPERT2, () -> reviews.submit(plan.getId(), null, data(plan, 6, 8, 9, true)));

        ScoreSummary s = support.as(MANAGER, () -> reviews.summary(plan.getId()));

        assertThat(s.submittedReviews()).isEqualTo(2);
        assertThat(s.criteria()).extracting(ScoreSummary.CriterionAverage::average).containsExactly(7.0, 7.0, 8.0);
        // 0.4 * 70 + 0.3 * 70 + 0.3 * 80
        assertThat(s.weightedScore()).isEqualTo(73.0);
        assertThat(support.as(MANAGER, () -> reviews.submittedReviews(plan.getId())))
                .extracting(ReviewService.ReviewView::weightedScore).containsExactlyInAnyOrder(71.0, 75.0);
    }

    @Test
    void without_submitted_reviews_the_aggregate_has_no_score() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        support.as(EXPERT, () -> reviews.saveDraft(plan.getId(), null, data(plan, 9, 9, 9, false)));

        ScoreSummary s = support.as(ADMIN, () -> reviews.summary(plan.getId()));

        assertThat(s.submittedReviews()).isZero();
        assertThat(s.weightedScore()).isNull();
    }

    @Test
    void a_review_is_submitted_only_complete_and_then_no_longer_changes() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        assertThatThrownBy(() -> support.as(EXPERT, () -> reviews.submit(plan.getId(), null, data(plan, 8, 6, 7, false))))
                .as("no justifications, no recommendation").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> support.as(EXPERT, () -> reviews.saveDraft(plan.getId(), null, data(plan, 11, 6, 7, false))))
                .as("out of scale").isInstanceOf(IllegalArgumentException.class);

        ReviewService.ReviewView done = support.as(EXPERT, () -> reviews.submit(plan.getId(), null, data(plan, 8, 6, 7, true)));

        assertThat(done.isSubmitted()).isTrue();
        assertThatThrownBy(() -> support.as(EXPERT, () -> reviews.saveDraft(plan.getId(), done.version(), data(plan, 1, 1, 1, true))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(support.as(EXPERT, () -> reviews.myReview(plan.getId())).orElseThrow().scores().values())
                .extracting(ReviewData.Entry::score).containsExactly(8, 6, 7);
    }

    @Test
    void a_stale_draft_is_refused_instead_of_overwriting() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        ReviewService.ReviewView first = support.as(EXPERT, () -> reviews.saveDraft(plan.getId(), null, data(plan, 5, 5, 5, false)));
        support.as(EXPERT, () -> reviews.saveDraft(plan.getId(), first.version(), data(plan, 6, 6, 6, false)));

        assertThatThrownBy(() -> support.as(EXPERT, () -> reviews.saveDraft(plan.getId(), first.version(), data(plan, 7, 7, 7, false))))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void only_assigned_experts_score_and_the_city_never_sees_scores() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, data(plan, 8, 6, 7, true)));

        assertThatThrownBy(() -> support.as(EXPERT2, () -> reviews.saveDraft(plan.getId(), null, data(plan, 1, 1, 1, false))))
                .isInstanceOf(AccessDeniedException.class);
        for (String who : new String[] {EXPERT2, COORDINATOR, OTHER_CITY, VISITOR}) {
            assertThatThrownBy(() -> support.as(who, () -> reviews.submittedReviews(plan.getId())))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.as(who, () -> reviews.summary(plan.getId())))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(support.as(MANAGER, () -> reviews.submittedReviews(plan.getId()))).hasSize(1);
    }

    @Test
    void submitting_notifies_the_managers_and_publishes_an_event() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, data(plan, 8, 6, 7, true)));

        assertThat(events.stream(ReviewSubmitted.class).filter(e -> e.planId() == plan.getId()))
                .singleElement().extracting(ReviewSubmitted::recommendation).isEqualTo(Recommendation.AWARD_WITH_CHANGES);
        assertThat(support.notificationsOf(MANAGER)).anyMatch(n -> n.getType() == NotificationType.SUBMISSION
                && n.getMessageKey().equals("review.notify.submitted") && n.getLink().equals("reviews/" + plan.getId()));
        assertThat(support.notificationsOf(EXPERT)).as("the expert was told of the assignment")
                .anyMatch(n -> n.getType() == NotificationType.ASSIGNMENT && n.getLink().equals("reviews/" + plan.getId()));
    }

    @Test
    void my_reviews_lists_the_assigned_plans_with_their_review_status() {
        ActionPlan plan = support.submittedPlan(EXPERT2);
        support.as(EXPERT2, () -> reviews.saveDraft(plan.getId(), null, data(plan, 5, 5, 5, false)));

        assertThat(support.as(EXPERT2, () -> reviews.myAssignments()))
                .filteredOn(a -> a.plan().getId().equals(plan.getId()))
                .singleElement().extracting(ReviewService.Assignment::state).isEqualTo(ReviewService.State.DRAFT);
        assertThat(support.as(EXPERT2, () -> reviews.waitingForMe())).isPositive();
    }

    /** Scores for the programme's criteria in order; complete adds justifications and a recommendation. */
    private ReviewData data(ActionPlan plan, int a, int b, int c, boolean complete) {
        return support.review(plan, complete, a, b, c);
    }
}
