package org.citypeers.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanService;
import org.citypeers.review.CommentService;
import org.citypeers.review.ReviewService;
import org.citypeers.security.Roles;

/**
 * Reviewing one plan: the expert's own scores of the current version (draft, then submitted; a revision
 * after a resubmission), each expert's latest review and the aggregate once allowed, earlier reviews by
 * version, and all comment threads of the plan with a box for a new one.
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

        boolean expert = reviews.canReview(plan.getId());
        if (expert) {
            add(new ScoreForm(reviews, plan.getId(), () -> show(plans.get(plan.getId()))));
        }
        add(new H2(getTranslation("review.page.others")));
        List<ReviewService.ReviewView> visible = expert || reviews.mayCompare(plan.getId())
                ? reviews.submittedReviews(plan.getId()) : List.of();
        List<ReviewService.Criterion> criteria = reviews.criteria(plan.getId());
        List<ReviewService.ReviewView> earlier = visible;
        if (reviews.mayCompare(plan.getId())) {
            add(ReadOnlyReview.summary(this, reviews.summary(plan.getId())));
            Long mine = expert ? reviews.myReview(plan.getId()).map(ReviewService.ReviewView::id).orElse(null) : null;
            visible.stream().filter(r -> !r.superseded() && !r.id().equals(mine)).forEach(r -> add(ReadOnlyReview.of(this, r, criteria)));
            earlier = visible.stream().filter(ReviewService.ReviewView::superseded).toList();
        } else {
            Paragraph hidden = new Paragraph(getTranslation("review.page.hidden", plan.getLatestVersion()));
            hidden.setId("others-hidden");
            hidden.addClassName("cp-muted");
            add(hidden);
        }
        if (!earlier.isEmpty()) {
            add(history(earlier, criteria));
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

    /** Reviews that a later one replaced (or, for an expert who has not yet revised, the rounds they took part in), newest version first. */
    private Div history(List<ReviewService.ReviewView> earlier, List<ReviewService.Criterion> criteria) {
        Div history = new Div(new H2(getTranslation("review.page.history")));
        history.setId("review-history");
        history.setWidthFull();
        earlier.stream().collect(Collectors.groupingBy(ReviewService.ReviewView::planVersion, TreeMap::new, Collectors.toList()))
                .descendingMap().forEach((version, list) -> {
                    history.add(new H3(getTranslation("review.page.version", version)));
                    list.forEach(r -> history.add(ReadOnlyReview.of(this, r, criteria)));
                });
        return history;
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }
}
