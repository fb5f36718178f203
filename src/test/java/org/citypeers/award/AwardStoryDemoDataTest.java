package org.citypeers.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citypeers.IntegrationTest;
import org.citypeers.TestUsers;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanAuditEntry;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanStatus;
import org.citypeers.plan.PlanWorkflowService;
import org.citypeers.review.CommentService;
import org.citypeers.review.Recommendation;
import org.citypeers.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo tells the whole programme story once, through the services: the demo's /awards page is not empty. */
class AwardStoryDemoDataTest extends IntegrationTest {

    @Autowired AwardService awards;
    @Autowired PlanService plans;
    @Autowired PlanWorkflowService workflow;
    @Autowired ReviewService reviews;
    @Autowired CommentService comments;
    @Autowired UserDetailsService users;

    @Test
    void slupsk_is_an_awarded_cultural_pearl_after_a_resubmission_and_revised_reviews() {
        Award award = awards.publicAwards().stream().filter(a -> a.getCityName().equals("Słupsk")).findFirst().orElseThrow();
        assertThat(award.fullTitle()).isEqualTo("BSR Cultural Pearl 2027");
        assertThat(award.getCitation()).isEqualTo(AwardStoryDemoData.CITATION);
        assertThat(award.getPlanSummary()).startsWith("Słupsk (88,000 residents)");

        TestUsers as = new TestUsers(users);
        as.as("manager@citypeers.eu", () -> {
            ActionPlan plan = plans.get(award.getPlanId());
            assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
            assertThat(plan.getLatestVersion()).isEqualTo(2);
            assertThat(workflow.history(plan.getId())).extracting(PlanAuditEntry::getToStatus).containsSubsequence(
                    PlanStatus.SUBMITTED, PlanStatus.IN_REVIEW, PlanStatus.CHANGES_REQUESTED, PlanStatus.RESUBMITTED, PlanStatus.APPROVED);
            List<ReviewService.ReviewView> submitted = reviews.submittedReviews(plan.getId());
            assertThat(submitted).filteredOn(r -> r.planVersion() == 2 && !r.superseded()).hasSize(2)
                    .allMatch(r -> r.recommendation() == Recommendation.AWARD);
            assertThat(comments.threads(plan.getId())).singleElement().matches(t -> !t.isOpen());
            assertThat(plans.actions(plan.getId())).anySatisfy(a -> assertThat(a.getPractices()).isNotEmpty());
        });
    }
}
