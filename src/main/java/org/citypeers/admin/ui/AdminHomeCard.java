package org.citypeers.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.citypeers.base.ui.Cards;
import org.citypeers.base.ui.HomeContribution;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountService;

/** For admins: accounts that cannot sign in, and coordinators without a city. */
@org.springframework.stereotype.Component
class AdminHomeCard implements HomeContribution {

    private final UserAccountService accounts;
    private final CurrentUser currentUser;

    AdminHomeCard(UserAccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create() {
        if (!currentUser.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        List<UserAccount> all = accounts.findAll();
        long disabled = all.stream().filter(u -> !u.isEnabled()).count();
        long orphanCoordinators = all.stream()
                .filter(u -> u.hasRole(Roles.CITY_COORDINATOR) && u.getOrganisationId() == null).count();
        Div probe = new Div();
        Div card = Cards.card(probe.getTranslation("home.accounts"),
                new Paragraph(probe.getTranslation("home.accounts.summary", all.size(), disabled)),
                new Anchor("admin/users", probe.getTranslation("nav.users")));
        if (orphanCoordinators > 0) {
            card.add(new Paragraph(probe.getTranslation("home.accounts.orphans", orphanCoordinators)));
        }
        card.setId("home-accounts");
        return Optional.of(card);
    }
}
