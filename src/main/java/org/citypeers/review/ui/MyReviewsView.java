package org.citypeers.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citypeers.base.ui.Cards;
import org.citypeers.review.ReviewService;
import org.citypeers.security.Roles;

/** "My reviews": the plans assigned to the signed-in expert and where each review stands. */
@Route("reviews")
@RolesAllowed(Roles.EXPERT)
class MyReviewsView extends VerticalLayout implements HasDynamicTitle {

    MyReviewsView(ReviewService reviews) {
        addClassName("cp-page");
        add(new H1(getTranslation("review.mine.title")));
        List<ReviewService.Assignment> mine = reviews.myAssignments();
        if (mine.isEmpty()) {
            add(Cards.empty(getTranslation("review.mine.none")));
            return;
        }
        Grid<ReviewService.Assignment> grid = new Grid<>();
        grid.setId("my-reviews");
        grid.addComponentColumn(a -> new Anchor("reviews/" + a.plan().getId(), a.plan().displayName()))
                .setHeader(getTranslation("review.mine.plan")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation("review.status." + a.plan().getStatus().name()))
                .setHeader(getTranslation("review.mine.planStatus"));
        grid.addColumn(a -> getTranslation("review.mine.state." + (a.reviewStatus() == null ? "NONE" : a.reviewStatus().name())))
                .setHeader(getTranslation("review.mine.reviewStatus"));
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.mine.title") + " | CityPeers";
    }
}
