package org.citypeers.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanPageSection;
import org.citypeers.review.CommentService;
import org.citypeers.review.ReviewService;

/**
 * What review adds to the plan page: comment threads under each section and each action, and a review
 * panel (own review state and, when allowed, the aggregate score) below the plan.
 */
@org.springframework.stereotype.Component
class PlanReviewSection implements PlanPageSection {

    private final CommentService comments;
    private final ReviewService reviews;

    PlanReviewSection(CommentService comments, ReviewService reviews) {
        this.comments = comments;
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> createForSection(ActionPlan plan, String sectionKey) {
        return threads(plan, () -> comments.threadsOnSection(plan.getId(), sectionKey), sectionKey, null, "comments-" + sectionKey);
    }

    @Override
    public Optional<Component> createForAction(ActionPlan plan, long actionId) {
        return threads(plan, () -> comments.threadsOnAction(plan.getId(), actionId), null, actionId, "comments-action-" + actionId);
    }

    @Override
    public Optional<Component> createForPlan(ActionPlan plan) {
        Div panel = new Div();
        panel.setId("plan-review-panel");
        panel.addClassName("cp-card");
        panel.add(new H2(panel.getTranslation("review.panel.title")));
        if (reviews.canReview(plan.getId())) {
            ReviewService.MyRound round = reviews.myRound(plan.getId());
            int reviewed = round.previous() == null ? 0 : round.previous().planVersion();
            panel.add(new Paragraph(panel.getTranslation("review.panel.mine",
                    panel.getTranslation("review.mine.state." + round.state().name(), round.planVersion(), reviewed))));
        }
        if (reviews.mayCompare(plan.getId())) {
            panel.add(ReadOnlyReview.summary(panel, reviews.summary(plan.getId())));
        }
        if (reviews.canReview(plan.getId()) || reviews.mayCompare(plan.getId())) {
            panel.add(new Anchor("reviews/" + plan.getId(), panel.getTranslation("review.panel.open")));
            return Optional.of(panel);
        }
        return Optional.empty();
    }

    private Optional<Component> threads(ActionPlan plan, java.util.function.Supplier<List<CommentService.ThreadView>> source,
                                        String sectionKey, Long actionId, String id) {
        List<CommentService.ThreadView> now = source.get();
        if (now.isEmpty() && !comments.canStartThread(plan.getId())) {
            return Optional.empty();
        }
        CommentThreadsPanel panel = new CommentThreadsPanel(comments, plan.getId(), source,
                List.of(new CommentThreadsPanel.Target("", sectionKey, actionId)));
        panel.setId(id);
        panel.setWidthFull();
        return Optional.of(panel);
    }
}
