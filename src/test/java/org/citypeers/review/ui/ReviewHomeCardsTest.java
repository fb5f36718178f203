package org.citypeers.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citypeers.review.ReviewTestSupport.*;

import com.vaadin.flow.component.Component;
import org.citypeers.ViewTest;
import org.citypeers.plan.ActionPlan;
import org.citypeers.review.CommentService;
import org.citypeers.review.ReviewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ReviewHomeCardsTest extends ViewTest {

    @Autowired ReviewHomeCards cards;
    @Autowired ReviewTestSupport support;
    @Autowired CommentService comments;

    @Test
    @WithUserDetails(EXPERT2)
    void an_expert_sees_how_many_plans_wait_for_their_review() {
        support.submittedPlan(EXPERT2);

        Component card = cards.create().orElseThrow();

        assertThat(card.getElement().getTextRecursively()).containsPattern("[1-9]\\d* plans? waits? for your review");
    }

    @Test
    @WithUserDetails(COORDINATOR2)
    void a_coordinator_sees_the_open_comments_on_their_plan() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        support.as(EXPERT, () -> comments.startThread(plan.getId(), "VISION", null, "Which objectives come first?"));

        Component card = cards.create().orElseThrow();

        assertThat(card.getId()).contains("home-plan-comments");
        assertThat(card.getElement().getTextRecursively()).containsPattern("[1-9]\\d* open comments? on your plan");
    }

    @Test
    @WithUserDetails(MANAGER)
    void a_manager_gets_no_review_card() {
        assertThat(cards.create()).isEmpty();
    }
}
