package org.citypeers.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;

/** All programmes as cards; public. */
@Route("programmes")
@AnonymousAllowed
class ProgrammeListView extends VerticalLayout implements HasDynamicTitle {

    ProgrammeListView(ProgrammeService programmes, CurrentUser currentUser) {
        addClassName("cp-page");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("programmes.title")));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.PROGRAMME_MANAGER)) {
            Button create = new Button(getTranslation("programmes.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("programmes/new/edit")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-programme");
            header.add(create);
        }
        add(header);
        List<Programme> all = programmes.findAll();
        if (all.isEmpty()) {
            Div empty = new Div(getTranslation("programmes.empty"));
            empty.addClassName("cp-empty");
            add(empty);
            return;
        }
        Div cards = new Div();
        cards.addClassName("cp-cards");
        for (Programme p : all) {
            cards.add(card(p));
        }
        add(cards);
    }

    private Div card(Programme p) {
        Div card = new Div();
        card.addClassName("cp-card");
        H2 name = new H2(new Anchor("programmes/" + p.getId(), p.getName()));
        name.getStyle().set("font-size", "var(--lumo-font-size-l)");
        Span badge = new Span(p.getShortName());
        badge.addClassName("cp-badge");
        card.add(badge, name);
        if (p.getFunder() != null) {
            card.add(new Paragraph(p.getFunder()));
        }
        card.add(new Paragraph(ProgrammeFormat.period(p, getLocale())));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title") + " | CityPeers";
    }
}
