package org.citypeers.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import org.citypeers.base.ui.HomeContribution;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;

/** The start page: a welcome for visitors, and for each role the things that need attention. */
@Route("")
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, List<HomeContribution> contributions) {
        addClassName("cp-page");
        var me = currentUser.get();
        H1 title = new H1(me.map(u -> getTranslation("home.hello", u.getName())).orElse(getTranslation("home.welcome")));
        title.setId("home-title");
        add(title);
        if (me.isEmpty()) {
            add(new Paragraph(getTranslation("home.intro")));
        } else {
            String roles = String.join(", ", me.get().getRoles().stream().filter(Roles.ALL::contains)
                    .map(r -> getTranslation("role." + r)).toList());
            Paragraph p = new Paragraph(getTranslation("home.roles", roles));
            p.setId("home-roles");
            p.addClassName("cp-muted");
            add(p);
        }
        Div cards = new Div();
        cards.addClassName("cp-cards");
        contributions.stream().sorted(Comparator.comparingInt(HomeContribution::order))
                .forEach(c -> c.create().ifPresent(cards::add));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return "CityPeers";
    }
}
