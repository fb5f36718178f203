package org.citypeers.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citypeers.review.ReviewTestSupport.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.citypeers.ViewTest;
import org.citypeers.plan.ActionPlan;
import org.citypeers.review.CommentService;
import org.citypeers.review.PlanReview;
import org.citypeers.review.Recommendation;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewTestSupport;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The review page in Vaadin's simulated UI: an expert comments and scores; another expert sees nothing early. */
class ReviewViewsTest extends ViewTest {

    @Autowired ReviewTestSupport support;
    @Autowired ReviewService reviews;
    @Autowired CommentService comments;
    @Autowired UserAccountRepository accounts;

    @Test
    @WithUserDetails(EXPERT)
    @SuppressWarnings("unchecked")
    void an_expert_comments_on_a_section_and_scores_the_plan() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        navigate("reviews/" + plan.getId(), ReviewPage.class);

        test($(TextArea.class).withClassName("cp-comment-new-text").first()).setValue("<b>Please</b> add the 2025 baseline.");
        test($(Button.class).withClassName("cp-comment-post").first()).click();
        assertThat($(Span.class).withClassName("cp-comment-body").all()).extracting(Span::getText)
                .contains("<b>Please</b> add the 2025 baseline.");
        assertThat(comments.threads(plan.getId())).hasSize(1);

        List<ReviewService.Criterion> criteria = reviews.criteria(plan.getId());
        for (ReviewService.Criterion c : criteria) {
            test((Select<Integer>) $(Select.class).id("score-" + c.id())).selectItem("8");
            test($(TextArea.class).id("justification-" + c.id())).setValue("Strong on " + c.name());
        }
        test($(Button.class).id("save-review")).click();
        assertThat(reviews.myReview(plan.getId()).orElseThrow().status()).isEqualTo(PlanReview.Status.DRAFT);

        ((RadioButtonGroup<Recommendation>) $(RadioButtonGroup.class).id("recommendation")).setValue(Recommendation.AWARD);
        test($(Button.class).id("submit-review")).click();
        test($(ConfirmDialog.class).first()).confirm();

        assertThat(reviews.myReview(plan.getId()).orElseThrow().isSubmitted()).isTrue();
        assertThat($(Div.class).withId("score-summary").exists()).isTrue();
        assertThat($(Button.class).withId("submit-review").exists()).isFalse();
    }

    @Test
    @WithUserDetails(EXPERT2)
    void an_expert_who_has_not_submitted_sees_no_other_scores() {
        ActionPlan plan = support.submittedPlan(EXPERT, EXPERT2);
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, complete(plan, 9)));

        navigate("reviews/" + plan.getId(), ReviewPage.class);

        assertThat($(Paragraph.class).withId("others-hidden").exists()).isTrue();
        assertThat($(Div.class).withClassName("cp-review").exists()).isFalse();
        assertThat($(Div.class).withId("score-summary").exists()).isFalse();
    }

    @Test
    @WithUserDetails(EXPERT2)
    void my_reviews_lists_the_plans_assigned_to_the_expert() {
        ActionPlan plan = support.submittedPlan(EXPERT2);

        navigate(MyReviewsView.class);

        @SuppressWarnings("unchecked")
        Grid<ReviewService.Assignment> grid = $(Grid.class).id("my-reviews");
        assertThat(test(grid).size()).isPositive();
        assertThat(reviews.myAssignments()).anyMatch(a -> a.plan().getId().equals(plan.getId()) && a.state() == ReviewService.State.NOT_STARTED);
    }

    @Test
    @WithUserDetails(EXPERT)
    @SuppressWarnings("unchecked")
    void after_a_resubmission_the_form_starts_from_the_earlier_review_and_submits_a_revision() {
        ActionPlan plan = support.submittedPlan(EXPERT, EXPERT2);
        reviews.submit(plan.getId(), null, complete(plan, 8));
        support.as(EXPERT2, () -> reviews.submit(plan.getId(), null, complete(plan, 6)));
        support.resubmit(plan);

        navigate("reviews/" + plan.getId(), ReviewPage.class);

        assertThat($(Div.class).withId("revision-note").exists()).isTrue();
        assertThat($(Paragraph.class).withId("others-hidden").exists()).as("version 2 is blind until mine is in").isTrue();
        assertThat($(Div.class).withId("review-history").single().getElement().getTextRecursively()).contains("version 1");
        List<ReviewService.Criterion> criteria = reviews.criteria(plan.getId());
        Select<Integer> first = $(Select.class).id("score-" + criteria.getFirst().id());
        assertThat(first.getValue()).as("filled in from my review of version 1").isEqualTo(8);
        assertThat($(Button.class).id("submit-review").getText()).isEqualTo("Submit revision");

        test(first).selectItem("5");
        test($(Button.class).id("submit-review")).click();
        test($(ConfirmDialog.class).first()).confirm();

        ReviewService.ReviewView revised = reviews.myReview(plan.getId()).orElseThrow();
        assertThat(revised.planVersion()).isEqualTo(2);
        assertThat(revised.scores().values()).extracting(org.citypeers.review.ReviewData.Entry::score).containsExactly(5, 8, 8);
        assertThat($(Div.class).withId("score-summary").exists()).isTrue();
        assertThat($(Paragraph.class).withId("revise-later").exists()).isTrue();
        // my first review and expert2's stay readable, as version 1
        assertThat($(Div.class).withId("review-history").single().getChildren()
                .filter(c -> "1".equals(c.getElement().getAttribute("data-plan-version")))).hasSize(1);
        assertThat($(Div.class).withClassName("cp-review").all()).as("expert2's latest is still of version 1")
                .filteredOn(d -> "1".equals(d.getElement().getAttribute("data-plan-version"))).hasSize(2);
        assertThat($(Div.class).withClassName("cp-review").all())
                .filteredOn(d -> "2".equals(d.getElement().getAttribute("data-plan-version"))).hasSize(1);
    }

    @Test
    @WithUserDetails(EXPERT2)
    void my_reviews_lists_what_needs_the_expert_first_with_the_next_step() {
        ActionPlan done = support.submittedPlan(EXPERT2);
        reviews.submit(done.getId(), null, complete(done, 7));
        ActionPlan toRevise = support.submittedPlan(EXPERT2);
        reviews.submit(toRevise.getId(), null, complete(toRevise, 7));
        support.resubmit(toRevise);

        navigate(MyReviewsView.class);

        // one click from the main menu
        assertThat($(SideNavItem.class).all()).anyMatch(i -> "reviews".equals(i.getPath()) && "My reviews".equals(i.getLabel()));
        @SuppressWarnings("unchecked")
        Grid<ReviewService.Assignment> grid = $(Grid.class).id("my-reviews");
        List<ReviewService.Assignment> rows = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        int revise = indexOf(rows, toRevise);
        int submitted = indexOf(rows, done);
        assertThat(rows.get(revise).state()).isEqualTo(ReviewService.State.REVISION_DUE);
        assertThat(rows.get(submitted).state()).isEqualTo(ReviewService.State.SUBMITTED);
        assertThat(rows.subList(0, revise)).allMatch(a -> a.state().needsAction());
        assertThat(rows.subList(submitted, rows.size())).noneMatch(a -> a.state().needsAction());
        assertThat(((com.vaadin.flow.component.html.Anchor) test(grid).getCellComponent(revise, 3)).getText()).isEqualTo("Revise for version 2");
        assertThat(test(grid).getCellText(revise, 2)).contains("version 2").contains("version 1");
        assertThat($(Paragraph.class).id("my-reviews-intro").getText()).containsPattern("[1-9]\\d* plans? waits? for you");
    }

    @Test
    void an_expert_without_assignments_gets_a_page_that_says_what_happens_next() {
        UserAccount fresh = new UserAccount("Fresh Expert", "fresh-" + UUID.randomUUID() + "@example.test", "{noop}unused-password");
        fresh.setRoles(List.of(Roles.EXPERT));
        accounts.save(fresh);
        support.as(fresh.getEmail(), () -> {
            navigate(MyReviewsView.class);

            assertThat($(Div.class).id("my-reviews-empty").getText()).contains("No plan is assigned to you").contains("notification");
            assertThat($(com.vaadin.flow.component.html.Anchor.class).all()).anyMatch(x -> x.getHref().equals("validation"));
            assertThat($(Grid.class).exists()).isFalse();
        });
    }

    private static int indexOf(List<ReviewService.Assignment> rows, ActionPlan plan) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).plan().getId().equals(plan.getId())) {
                return i;
            }
        }
        throw new AssertionError("plan " + plan.getId() + " is not listed");
    }

    private org.citypeers.review.ReviewData complete(ActionPlan plan, int score) {
        return support.review(plan, true, score);
    }
}
