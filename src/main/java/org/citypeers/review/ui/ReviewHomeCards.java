package org.citypeers.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.citypeers.base.ui.Cards;
import org.citypeers.base.ui.HomeContribution;
import org.citypeers.review.CommentService;
import org.citypeers.review.ReviewService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;

/**
 * Home cards: for experts the plans waiting for their review and the comment threads with answers for
 * them; for coordinators the comment threads on their city's plans that wait for an answer.
 */
@org.springframework.stereotype.Component
class ReviewHomeCards implements HomeContribution {

    private final ReviewService reviews;
    private final CommentService comments;
    private final CurrentUser currentUser;

    ReviewHomeCards(ReviewService reviews, CommentService comments, CurrentUser currentUser) {
        this.reviews = reviews;
        this.comments = comments;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create() {
        Div probe = new Div();
        if (currentUser.hasRole(Roles.EXPERT)) {
            Div card = Cards.card(probe.getTranslation("review.home.expert"),
                    new Paragraph(probe.getTranslation("review.home.waiting", reviews.waitingForMe())),
                    new Paragraph(probe.getTranslation("review.home.answered", comments.answeredToMe())),
                    new Anchor("reviews", probe.getTranslation("review.mine.title")));
            card.setId("home-reviews");
            return Optional.of(card);
        }
        if (currentUser.hasRole(Roles.CITY_COORDINATOR)) {
            long open = comments.awaitingMyCity();
            Div card = Cards.card(probe.getTranslation("review.home.city"),
                    new Paragraph(probe.getTranslation("review.home.open", open)), new Anchor("plans", probe.getTranslation("review.home.plans")));
            card.setId("home-plan-comments");
            return Optional.of(card);
        }
        return Optional.empty();
    }
}
