package org.citypeers.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citypeers.base.ui.Cards;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewService.Assignment;
import org.citypeers.security.Roles;

/**
 * "My reviews" (the experts' menu entry): the plans assigned to the signed-in expert, those that need
 * them first (a revision after a resubmission, an unfinished draft, a plan not yet reviewed), each with
 * the plan's status, where the expert's review stands and a link to the next step.
 */
@Route("reviews")
@RolesAllowed(Roles.EXPERT)
class MyReviewsView extends VerticalLayout implements HasDynamicTitle {

    MyReviewsView(ReviewService reviews) {
        addClassName("cp-page");
        add(new H1(getTranslation("review.mine.title")));
        List<Assignment> mine = reviews.myAssignments();
        if (mine.isEmpty()) {
            Div empty = Cards.empty(getTranslation("review.mine.none"));
            empty.setId("my-reviews-empty");
            Paragraph meanwhile = new Paragraph(new Span(getTranslation("review.mine.meanwhile") + " "),
                    new Anchor("validation", getTranslation("review.mine.validation")));
            meanwhile.addClassName("cp-muted");
            add(empty, meanwhile);
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("review.mine.waiting", mine.stream().filter(a -> a.state().needsAction()).count()));
        intro.setId("my-reviews-intro");
        add(intro);
        Grid<Assignment> grid = new Grid<>();
        grid.setId("my-reviews");
        grid.addComponentColumn(a -> new Anchor("reviews/" + a.plan().getId(), a.plan().displayName()))
                .setHeader(getTranslation("review.mine.plan")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation("review.status." + a.plan().getStatus().name()))
                .setHeader(getTranslation("review.mine.planStatus"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("review.mine.reviewStatus")).setFlexGrow(2);
        grid.addComponentColumn(this::nextStep).setHeader(getTranslation("review.mine.next")).setFlexGrow(2);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    private Span state(Assignment a) {
        Span s = new Span(getTranslation("review.mine.state." + a.state().name(), a.plan().getLatestVersion(), a.reviewedVersion()));
        if (a.state().needsAction()) {
            s.addClassName("cp-badge");
            s.addClassName("cp-needs-action");
        }
        return s;
    }

    private com.vaadin.flow.component.Component nextStep(Assignment a) {
        if (!a.state().needsAction()) {
            return new Span("–");
        }
        Anchor go = new Anchor("reviews/" + a.plan().getId(), getTranslation("review.mine.action." + a.state().name(),
                a.plan().getLatestVersion()));
        go.addClassName("cp-next-step");
        return go;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.mine.title") + " | CityPeers";
    }
}
