package org.citypeers.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanService;
import org.citypeers.review.CommentService;
import org.citypeers.review.ReviewService;
import org.citypeers.security.Roles;

/**
 * Reviewing one plan: the expert's own scores (draft, then submitted), the other experts' reviews and
 * the aggregate once allowed, and all comment threads of the plan with a box for a new one.
 */
@Route("reviews/:planId")
@RolesAllowed({Roles.EXPERT, Roles.PROGRAMME_MANAGER, Roles.ADMIN})
class ReviewPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final ReviewService reviews;
    private final CommentService comments;
    private String title = "";

    ReviewPage(PlanService plans, ReviewService reviews, CommentService comments) {
        this.plans = plans;
        this.reviews = reviews;
        this.comments = comments;
        addClassName("cp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.require(event, "planId").ifPresent(id -> show(plans.get(id)));
    }

    private void show(ActionPlan plan) {
        removeAll();
        title = getTranslation("review.page.title", plan.displayName());
        H1 h = new H1(title);
        h.setId("review-title");
        Span status = new Span(getTranslation("review.status." + plan.getStatus().name()));
        status.addClassName("cp-badge");
        status.setId("review-plan-status");
        Anchor open = new Anchor("plans/" + plan.getId(), getTranslation("review.page.openPlan"));
        open.setId("open-plan");
        add(h, status, open);

        if (reviews.canReview(plan.getId())) {
            add(new ScoreForm(reviews, plan.getId(), () -> show(plan)));
        }
        add(new H2(getTranslation("review.page.others")));
        if (reviews.mayCompare(plan.getId())) {
            add(ReadOnlyReview.summary(this, reviews.summary(plan.getId())));
            List<ReviewService.Criterion> criteria = reviews.criteria(plan.getId());
            Long mine = reviews.canReview(plan.getId())
                    ? reviews.myReview(plan.getId()).map(ReviewService.ReviewView::id).orElse(null) : null;
            reviews.submittedReviews(plan.getId()).stream().filter(r -> !r.id().equals(mine))
                    .forEach(r -> add(ReadOnlyReview.of(this, r, criteria)));
        } else {
            Paragraph hidden = new Paragraph(getTranslation("review.page.hidden"));
            hidden.setId("others-hidden");
            hidden.addClassName("cp-muted");
            add(hidden);
        }

        add(new H2(getTranslation("review.page.comments")));
        List<CommentThreadsPanel.Target> targets = new ArrayList<>();
        plans.sectionKeys(plan.getId()).forEach(k -> targets.add(new CommentThreadsPanel.Target(
                getTranslation("review.section." + k), k, null)));
        plans.actions(plan.getId()).forEach(a -> targets.add(new CommentThreadsPanel.Target(
                getTranslation("review.section.action", a.getTitle()), null, a.getId())));
        if (targets.isEmpty()) {
            add(new Paragraph(getTranslation("review.page.noSections")));
        } else {
            CommentThreadsPanel panel = new CommentThreadsPanel(comments, plan.getId(), () -> comments.threads(plan.getId()), targets);
            panel.setId("review-comments");
            panel.setWidthFull();
            add(panel);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }
}
