package org.citypeers.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.citypeers.base.ui.Cards;
import org.citypeers.base.ui.HomeContribution;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.Completeness;
import org.citypeers.plan.ExpertAssignmentService;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanStatus;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;

/**
 * Home cards. Coordinators: their city's open plans with what is missing or requested. Managers: the
 * plans submitted in their programmes that still wait for experts.
 */
@org.springframework.stereotype.Component
class PlanHomeCards implements HomeContribution {

    private final PlanService plans;
    private final ExpertAssignmentService assignments;
    private final CurrentUser currentUser;

    PlanHomeCards(PlanService plans, ExpertAssignmentService assignments, CurrentUser currentUser) {
        this.plans = plans;
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.hasRole(Roles.CITY_COORDINATOR)) {
            return Optional.of(coordinatorCard());
        }
        if (currentUser.hasRole(Roles.PROGRAMME_MANAGER)) {
            return Optional.of(managerCard());
        }
        return Optional.empty();
    }

    private Component coordinatorCard() {
        Div probe = new Div();
        List<ActionPlan> mine = plans.findVisible().stream().filter(p -> !p.getStatus().isFinal()).toList();
        Div card;
        if (mine.isEmpty()) {
            card = Cards.card(probe.getTranslation("plan.home.yourPlan"), Cards.empty(probe.getTranslation("plan.home.noPlan")),
                    new Anchor("plans", probe.getTranslation("plan.home.start")));
        } else {
            UnorderedList ul = new UnorderedList();
            for (ActionPlan p : mine) {
                String state;
                if (p.getStatus() == PlanStatus.CHANGES_REQUESTED) {
                    state = probe.getTranslation("plan.home.changesRequested");
                } else if (p.getStatus().isEditable()) {
                    Completeness c = plans.completeness(p.getId());
                    state = probe.getTranslation("plan.home.incomplete", c.incompleteCount());
                } else {
                    state = probe.getTranslation("plan.status." + p.getStatus().name());
                }
                ul.add(new ListItem(new Anchor("plans/" + p.getId(), p.displayName()), new com.vaadin.flow.component.html.Span(": " + state)));
            }
            card = Cards.card(probe.getTranslation("plan.home.yourPlan"), ul);
        }
        card.setId("home-plans");
        return card;
    }

    private Component managerCard() {
        Div probe = new Div();
        List<ActionPlan> waiting = plans.findVisible().stream()
                .filter(p -> p.getStatus() == PlanStatus.SUBMITTED || p.getStatus() == PlanStatus.RESUBMITTED)
                .filter(p -> assignments.experts(p.getId()).isEmpty()).toList();
        Div card = Cards.card(probe.getTranslation("plan.home.waiting.title"),
                new com.vaadin.flow.component.html.Paragraph(probe.getTranslation("plan.home.waiting", waiting.size())));
        if (!waiting.isEmpty()) {
            UnorderedList ul = new UnorderedList();
            waiting.forEach(p -> ul.add(new ListItem(new Anchor("plans/" + p.getId(), p.displayName()))));
            card.add(ul);
        }
        card.add(new Anchor("plans", probe.getTranslation("plan.home.allPlans")));
        card.setId("home-plans");
        return card;
    }
}
