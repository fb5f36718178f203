package org.citypeers.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.citypeers.award.AwardRoutes;
import org.citypeers.award.AwardService;
import org.citypeers.award.AwardService.Board;
import org.citypeers.base.ui.Cards;
import org.citypeers.base.ui.HomeContribution;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;

/** Home card for programme managers: per programme with award rules, how many plans are eligible and how many wait for a decision. */
@org.springframework.stereotype.Component
class AwardHomeCard implements HomeContribution {

    private final AwardService awards;
    private final CurrentUser currentUser;

    AwardHomeCard(AwardService awards, CurrentUser currentUser) {
        this.awards = awards;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<Component> create() {
        if (!currentUser.hasRole(Roles.PROGRAMME_MANAGER) && !currentUser.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        List<Board> boards = awards.boardsOfMyProgrammes();
        if (boards.isEmpty()) {
            return Optional.empty();
        }
        Div probe = new Div();
        UnorderedList ul = new UnorderedList();
        for (Board b : boards) {
            long eligible = b.assessments().stream().filter(a -> a.eligible()).count();
            long pending = b.decidableCount();
            String name = b.programme().getShortName();
            String text = pending == 0 && eligible == 0 ? probe.getTranslation("award.home.none", name)
                    : probe.getTranslation("award.home.pending", name, eligible, pending);
            Anchor link = new Anchor(AwardRoutes.decisions(b.programme().getId()), text);
            link.setId("home-award-" + b.programme().getId());
            ul.add(new ListItem(link));
        }
        Div card = Cards.card(probe.getTranslation("award.home.title"), ul);
        card.setId("home-awards");
        return Optional.of(card);
    }
}
