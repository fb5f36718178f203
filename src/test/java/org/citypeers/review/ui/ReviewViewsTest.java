package org.citypeers.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citypeers.review.ReviewTestSupport.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.citypeers.ViewTest;
import org.citypeers.plan.ActionPlan;
import org.citypeers.review.CommentService;
import org.citypeers.review.PlanReview;
import org.citypeers.review.Recommendation;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The review page in Vaadin's simulated UI: an expert comments and scores; another expert sees nothing early. */
class ReviewViewsTest extends ViewTest {

    @Autowired ReviewTestSupport support;
    @Autowired ReviewService reviews;
    @Autowired CommentService comments;

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
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("score-summary").exists()).isTrue();
        assertThat($(Button.class).withId("submit-review").exists()).isFalse();
    }

    @Test
    @WithUserDetails(EXPERT2)
    void an_expert_who_has_not_submitted_sees_no_other_scores() {
        ActionPlan plan = support.submittedPlan(EXPERT, EXPERT2);
        support.as(EXPERT, () -> reviews.submit(plan.getId(), null, complete(plan, 9)));

        navigate("reviews/" + plan.getId(), ReviewPage.class);

        assertThat($(Paragraph.class).withId("others-hidden").exists()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("cp-review").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("score-summary").exists()).isFalse();
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

    private org.citypeers.review.ReviewData complete(ActionPlan plan, int score) {
        java.util.Map<Long, org.citypeers.review.ReviewData.Entry> m = new java.util.LinkedHashMap<>();
        support.as(ADMIN, () -> reviews.criteria(plan.getId())).forEach(c -> m.put(c.id(),
                new org.citypeers.review.ReviewData.Entry(score, "Because")));
        return new org.citypeers.review.ReviewData(m, Recommendation.AWARD, null);
    }
}
