package org.citypeers.practice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citypeers.base.ui.Cards;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeService;
import org.citypeers.practice.PracticeStatus;
import org.citypeers.security.Roles;

/** The experts' queue: practices waiting for validation, then validated ones waiting for publication; oldest first. */
@Route("validation")
@RolesAllowed({Roles.EXPERT, Roles.ADMIN, Roles.PROGRAMME_MANAGER})
class ValidationQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeService practices;

    ValidationQueueView(PracticeService practices) {
        this.practices = practices;
        addClassName("cp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("practice.queue.title")));
        List<GoodPractice> queue = practices.validationQueue();
        if (queue.isEmpty()) {
            add(Cards.empty(getTranslation("practice.queue.empty")));
            return;
        }
        group("queue-submitted", "practice.queue.submitted", queue.stream().filter(p -> p.getStatus() == PracticeStatus.SUBMITTED).toList());
        group("queue-validated", "practice.queue.validated", queue.stream().filter(p -> p.getStatus() == PracticeStatus.VALIDATED).toList());
    }

    private void group(String id, String key, List<GoodPractice> items) {
        if (items.isEmpty()) {
            return;
        }
        Div list = new Div();
        list.setId(id);
        list.setWidthFull();
        items.forEach(p -> list.add(PracticeCards.card(p, list)));
        add(new H2(getTranslation(key) + " (" + items.size() + ")"), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.queue.title") + " | CityPeers";
    }
}
