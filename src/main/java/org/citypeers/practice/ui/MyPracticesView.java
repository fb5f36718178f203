package org.citypeers.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citypeers.base.ui.Cards;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeRoutes;
import org.citypeers.practice.PracticeService;
import org.citypeers.security.Roles;

/** A coordinator's practices of their own city in every status, with a button for a new one. */
@Route("practices/mine")
@RolesAllowed({Roles.CITY_COORDINATOR, Roles.ADMIN})
class MyPracticesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeService practices;

    MyPracticesView(PracticeService practices) {
        this.practices = practices;
        addClassName("cp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("practice.mine.title")));
        if (practices.canCreate()) {
            Button create = new Button(getTranslation("practice.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(PracticeRoutes.NEW)));
            create.setId("new-practice");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        List<GoodPractice> mine = practices.findMine();
        if (mine.isEmpty()) {
            add(Cards.empty(getTranslation("practice.mine.empty")));
        }
        Div list = new Div();
        list.setId("my-practices");
        list.setWidthFull();
        mine.forEach(p -> list.add(PracticeCards.card(p, list)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.mine.title") + " | CityPeers";
    }
}
