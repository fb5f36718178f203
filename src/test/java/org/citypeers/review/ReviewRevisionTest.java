package org.citypeers.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citypeers.review.ReviewTestSupport.*;

import org.citypeers.IntegrationTest;
import org.citypeers.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** After the city resubmits, experts revise their review for the new version; the earlier one stays. */
@RecordApplicationEvents
class ReviewRevisionTest extends IntegrationTest {

    @Autowired ReviewService reviews;
    @Autowired ReviewTestSupport support;
    @Autowired ApplicationEvents events;

    @Test
    void an_expert_revises_their_review_after_the_city_resubmits_and_the_first_one_stays_unchanged() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, support.review(plan, true, 8, 6, 7)));

        support.resubmit(plan);

        ReviewService.MyRound round = support.as(EXPERT, () -> reviews.myRound(plan.getId()));
        assertThat(round.planVersion()).isEqualTo(2);
        assertThat(round.state()).isEqualTo(ReviewService.State.REVISION_DUE);
        assertThat(round.current()).isNull();
        assertThat(round.isRevision()).isTrue();
        assertThat(round.previous().planVersion()).isEqualTo(1);
        assertThat(round.previous().scores().values()).extracting(ReviewData.Entry::score).containsExactly(8, 6, 7);
        assertThat(support.as(EXPERT, () -> reviews.waitingForMe())).isPositive();

        ReviewService.ReviewView draft = support.as(EXPERT, () -> reviews.saveDraft(plan.getId(), 2, null, support.review(plan, false, 9, 6, 7)));
        assertThat(support.as(EXPERT, () -> reviews.myRound(plan.getId())).state()).isEqualTo(ReviewService.State.DRAFT);
        ReviewService.ReviewView revised = support.as(EXPERT, () -> reviews.submit(plan.getId(), 2, draft.version(),
                support.review(plan, true, 9, 6, 7)));

        assertThat(revised.planVersion()).isEqualTo(2);
        assertThat(support.as(EXPERT, () -> reviews.myReview(plan.getId())).orElseThrow().scores().values())
                .extracting(ReviewData.Entry::score).containsExactly(9, 6, 7);
        assertThat(support.as(EXPERT, () -> reviews.myAssignments())).filteredOn(a -> a.plan().getId().equals(plan.getId()))
                .singleElement().satisfies(a -> {
                    assertThat(a.state()).isEqualTo(ReviewService.State.SUBMITTED);
                    assertThat(a.reviewedVersion()).isEqualTo(2);
                });
        // both rounds are kept: the first one read-only and marked as replaced
        assertThat(support.as(MANAGER, () -> reviews.submittedReviews(plan.getId())))
                .extracting(ReviewService.ReviewView::planVersion, ReviewService.ReviewView::superseded, ReviewService.ReviewView::weightedScore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true, 71.0), org.assertj.core.groups.Tuple.tuple(2, false, 75.0));
        // the managers hear of the revision; listeners get the version
        assertThat(support.notificationsOf(MANAGER)).anyMatch(n -> n.getMessageKey().equals("review.notify.revised")
                && n.getLink().equals("reviews/" + plan.getId()));
        assertThat(events.stream(ReviewSubmitted.class).filter(e -> e.planId() == plan.getId()))
                .extracting(ReviewSubmitted::planVersion, ReviewSubmitted::revision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
    }

    @Test
    void the_experts_are_told_to_revise_when_the_city_resubmits() {
        ActionPlan plan = support.submittedPlan(EXPERT2);

        support.resubmit(plan);

        assertThat(support.notificationsOf(EXPERT2)).anyMatch(n -> n.getMessageKey().equals("review.notify.revise")
                && n.getLink().equals("reviews/" + plan.getId()));
    }

    @Test
    void a_submitted_review_cannot_be_revised_before_the_city_resubmits() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        ReviewService.ReviewView done = support.as(EXPERT, () -> reviews.submit(plan.getId(), null, support.review(plan, true, 8, 6, 7)));

        assertThatThrownBy(() -> support.as(EXPERT, () -> reviews.submit(plan.getId(), 1, done.version(), support.review(plan, true, 1, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resubmits");
        // changes requested: the city is still working, the version under review is still the first
        support.requestChanges(plan);
        assertThatThrownBy(() -> support.as(EXPERT, () -> reviews.saveDraft(plan.getId(), 1, done.version(), support.review(plan, false, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resubmits");
        assertThat(support.as(EXPERT, () -> reviews.myRound(plan.getId())).state()).isEqualTo(ReviewService.State.SUBMITTED);
        assertThat(support.as(EXPERT, () -> reviews.myReview(plan.getId())).orElseThrow().scores().values())
                .extracting(ReviewData.Entry::score).containsExactly(8, 6, 7);
    }

    @Test
    void a_form_opened_for_the_previous_version_cannot_file_its_scores_under_the_new_one() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        support.resubmit(plan);

        assertThatThrownBy(() -> support.as(EXPERT, () -> reviews.submit(plan.getId(), 1, null, support.review(plan, true, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 2");
        assertThat(support.as(EXPERT, () -> reviews.myRound(plan.getId())).current()).isNull();
    }

    @Test
    void only_the_assigned_experts_revise() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, support.review(plan, true, 8, 6, 7)));
        support.resubmit(plan);

        assertThatThrownBy(() -> support.as(EXPERT2, () -> reviews.saveDraft(plan.getId(), 2, null, support.review(plan, false, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> support.as(EXPERT2, () -> reviews.myRound(plan.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> support.as(COORDINATOR, () -> reviews.submit(plan.getId(), 2, null, support.review(plan, true, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> support.as(MANAGER, () -> reviews.submit(plan.getId(), 2, null, support.review(plan, true, 1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_blind_rule_holds_per_version() {
        ActionPlan plan = support.submittedPlan(EXPERT, EXPERT2);
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, support.review(plan, true, 8, 6, 7)));
        support.as(EXPERT2, () -> reviews.submit(plan.getId(), null, support.review(plan, true, 6, 8, 9)));
        support.resubmit(plan);

        // expert2 revises first: expert@ has not reviewed version 2 yet
        support.as(EXPERT2, () -> reviews.submit(plan.getId(), 2, null, support.review(plan, true, 2, 2, 2)));

        assertThat(support.as(EXPERT, () -> reviews.mayCompare(plan.getId()))).isFalse();
        assertThatThrownBy(() -> support.as(EXPERT, () -> reviews.summary(plan.getId()))).isInstanceOf(AccessDeniedException.class);
        // the first round, which expert@ took part in, stays visible; nothing of version 2, not even that it exists
        assertThat(support.as(EXPERT, () -> reviews.submittedReviews(plan.getId())))
                .extracting(ReviewService.ReviewView::planVersion, ReviewService.ReviewView::superseded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(1, false));
        // expert2 has reviewed both versions and sees both
        assertThat(support.as(EXPERT2, () -> reviews.mayCompare(plan.getId()))).isTrue();
        assertThat(support.as(EXPERT2, () -> reviews.submittedReviews(plan.getId()))).extracting(ReviewService.ReviewView::planVersion)
                .containsExactly(1, 1, 2);

        support.as(EXPERT, () -> reviews.submit(plan.getId(), 2, null, support.review(plan, true, 8, 6, 7)));

        assertThat(support.as(EXPERT, () -> reviews.mayCompare(plan.getId()))).isTrue();
        assertThat(support.as(EXPERT, () -> reviews.submittedReviews(plan.getId())))
                .filteredOn(r -> !r.superseded()).extracting(ReviewService.ReviewView::planVersion).containsExactly(2, 2);
    }

    @Test
    void the_aggregate_counts_each_experts_latest_review_once() {
        ActionPlan plan = support.submittedPlan(EXPERT, EXPERT2);
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, support.review(plan, true, 8, 6, 7)));
        support.as(EXPERT2, () -> reviews.submit(plan.getId(), null, support.review(plan, true, 6, 8, 9)));
        support.resubmit(plan);
        // expert@ revises, expert2's first review still stands
        support.as(EXPERT, () -> reviews.submit(plan.getId(), 2, null, support.review(plan, true, 10, 10, 10)));

        ScoreSummary s = support.as(MANAGER, () -> reviews.summary(plan.getId()));

        assertThat(s.submittedReviews()).isEqualTo(2);
        assertThat(s.criteria()).extracting(ScoreSummary.CriterionAverage::average).containsExactly(8.0, 9.0, 9.5);
        // 0.4 * 80 + 0.3 * 90 + 0.3 * 95
        assertThat(s.weightedScore()).isEqualTo(87.5);
    }
}
