package org.citypeers.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citypeers.base.ui.Cards;
import org.citypeers.base.ui.HomeContribution;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammePhase;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;

/** Home cards: the programmes a manager runs (with the current phase), or all programmes for others. */
@org.springframework.stereotype.Component
class ProgrammeHomeCards implements HomeContribution {

    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    ProgrammeHomeCards(ProgrammeService programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create() {
        boolean manager = currentUser.hasRole(Roles.PROGRAMME_MANAGER);
        List<Programme> list = manager ? programmes.findManagedByMe() : programmes.findAll();
        Div probe = new Div();
        String title = probe.getTranslation(manager ? "home.myProgrammes" : "home.programmes");
        if (list.isEmpty()) {
            return Optional.of(Cards.card(title, Cards.empty(probe.getTranslation(manager ? "home.myProgrammes.empty" : "programmes.empty"))));
        }
        UnorderedList ul = new UnorderedList();
        for (Programme p : list) {
            ListItem li = new ListItem(new Anchor("programmes/" + p.getId(), p.getName()));
            if (manager) {
                programmes.get(p.getId()).getPhases().stream().filter(ph -> ph.isCurrent(LocalDate.now()))
                        .map(ProgrammePhase::getName).findFirst()
                        .ifPresent(ph -> li.add(" — " + probe.getTranslation("home.currentPhase", ph)));
            }
            ul.add(li);
        }
        Div card = Cards.card(title, ul);
        card.setId("home-programmes");
        return Optional.of(card);
    }
}
