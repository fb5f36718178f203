package org.citypeers.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccountService;

/**
 * The frame around every page: the app name, navigation that depends on the person's roles, the
 * language switcher and sign-in / sign-out. Links use paths so that the base package does not depend
 * on the features (see docs/adr/0003-package-by-feature.md).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    /** A navigation entry: path, i18n key of its label, icon, and the roles that see it (empty: everyone). */
    public record NavEntry(String path, String labelKey, VaadinIcon icon, List<String> roles, boolean signedInOnly) {}

    static final List<NavEntry> ENTRIES = List.of(
            new NavEntry("", "nav.home", VaadinIcon.HOME, List.of(), false),
            new NavEntry("programmes", "nav.programmes", VaadinIcon.GLOBE, List.of(), false),
            new NavEntry("practices", "nav.practices", VaadinIcon.BOOK, List.of(), false),
            new NavEntry("awards", "nav.awards", VaadinIcon.TROPHY, List.of(), false),
            new NavEntry("cities", "nav.cities", VaadinIcon.BUILDING, List.of(), true),
            new NavEntry("plans", "nav.plans", VaadinIcon.CLIPBOARD_TEXT, List.of(Roles.CITY_COORDINATOR, Roles.PROGRAMME_MANAGER, Roles.ADMIN), true),
            new NavEntry("reviews", "nav.reviews", VaadinIcon.COMMENTS, List.of(Roles.EXPERT), true),
            new NavEntry("validation", "nav.validation", VaadinIcon.CHECK_SQUARE_O, List.of(Roles.EXPERT, Roles.ADMIN), true),
            new NavEntry("admin/users", "nav.users", VaadinIcon.USERS, List.of(Roles.ADMIN), true),
            new NavEntry("admin/themes", "nav.themes", VaadinIcon.TAGS, List.of(Roles.ADMIN), true));

    public MainLayout(AuthenticationContext auth, CurrentUser currentUser, UserAccountService accounts,
                      List<NavContribution> contributions, List<HeaderContribution> headerItems) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Anchor title = new Anchor("", "CityPeers");
        title.addClassName("cp-app-title");

        Div right = new Div();
        right.addClassName("cp-header-right");
        headerItems.stream().sorted(java.util.Comparator.comparingInt(HeaderContribution::order))
                .forEach(h -> h.create().ifPresent(right::add));
        right.add(new LanguageSwitcher(accounts, currentUser));
        if (auth.isAuthenticated()) {
            Span name = new Span(currentUser.get().map(u -> u.getName()).orElse(""));
            name.addClassName("cp-user-name");
            name.setId("current-user-name");
            Span logoutText = new Span(getTranslation("nav.logout"));
            logoutText.addClassName("cp-button-text");
            Button logout = new Button(VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
            logout.getElement().appendChild(logoutText.getElement());
            logout.setAriaLabel(getTranslation("nav.logout"));
            logout.setTooltipText(getTranslation("nav.logout"));
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout-button");
            right.add(name, logout);
        } else {
            Anchor login = new Anchor("login", getTranslation("nav.login"));
            login.setId("login-link");
            right.add(login);
        }
        addToNavbar(toggle, title, right);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (NavEntry e : ENTRIES) {
            if (visible(e, auth, contributions)) {
                nav.addItem(new SideNavItem(getTranslation(e.labelKey()), e.path(), e.icon().create()));
            }
        }
        addToDrawer(nav);
    }

    private static boolean visible(NavEntry e, AuthenticationContext auth, List<NavContribution> contributions) {
        boolean routeExists = e.path().isEmpty() || contributions.stream().anyMatch(c -> c.paths().contains(e.path()));
        if (!routeExists) {
            return false;
        }
        if (e.signedInOnly() && !auth.isAuthenticated()) {
            return false;
        }
        return e.roles().isEmpty() || e.roles().stream().anyMatch(auth::hasRole);
    }
}
