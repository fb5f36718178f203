package org.citypeers.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.citypeers.base.ui.Cards;
import org.citypeers.base.ui.HomeContribution;
import org.citypeers.practice.PracticeRoutes;
import org.citypeers.practice.PracticeService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;

/** Home cards: for experts (and admins) what waits for validation; for coordinators their drafts and sent-back practices. */
@org.springframework.stereotype.Component
class PracticeHomeCards implements HomeContribution {

    private final PracticeService practices;
    private final CurrentUser currentUser;

    PracticeHomeCards(PracticeService practices, CurrentUser currentUser) {
        this.practices = practices;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> create() {
        Div probe = new Div();
        if (currentUser.hasRole(Roles.EXPERT) || currentUser.hasRole(Roles.ADMIN)) {
            long n = practices.countAwaitingValidation();
            Div card = Cards.card(probe.getTranslation("practice.home.queue"),
                    new Paragraph(n == 0 ? probe.getTranslation("practice.home.queue.none") : probe.getTranslation("practice.home.queue.count", n)),
                    new Anchor(PracticeRoutes.VALIDATION, probe.getTranslation("practice.home.queue.open")));
            if (currentUser.hasRole(Roles.ADMIN)) {
                card.add(new Div(new Anchor(PracticeRoutes.IMPORT, probe.getTranslation("practice.import.title"))));
            }
            card.setId("home-validation");
            return Optional.of(card);
        }
        if (currentUser.hasRole(Roles.CITY_COORDINATOR)) {
            long n = practices.countMineNeedingWork();
            Div card = Cards.card(probe.getTranslation("practice.home.mine"),
                    new Paragraph(n == 0 ? probe.getTranslation("practice.home.mine.none") : probe.getTranslation("practice.home.mine.count", n)),
                    new Anchor(PracticeRoutes.MINE, probe.getTranslation("practice.home.mine.open")), new Div(),
                    new Anchor(PracticeRoutes.NEW, probe.getTranslation("practice.home.mine.new")));
            card.setId("home-my-practices");
            return Optional.of(card);
        }
        if (currentUser.hasRole(Roles.PROGRAMME_MANAGER)) {
            Div card = Cards.card(probe.getTranslation("practice.home.library"),
                    new Anchor(PracticeRoutes.VALIDATION, probe.getTranslation("practice.home.queue.open")), new Div(),
                    new Anchor(PracticeRoutes.IMPORT, probe.getTranslation("practice.import.title")));
            card.setId("home-library");
            return Optional.of(card);
        }
        return Optional.empty();
    }
}
