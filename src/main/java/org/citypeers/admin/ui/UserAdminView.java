package org.citypeers.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountService;

/** Admins manage accounts: roles, affiliation, language, enabled. */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final CityService cities;
    private final Grid<UserAccount> grid = new Grid<>();

    UserAdminView(UserAccountService accounts, CityService cities) {
        this.accounts = accounts;
        this.cities = cities;
        addClassName("cp-page");
        setHeightFull();
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("users.title")), create);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId("users-grid");
        grid.addColumn(UserAccount::getName).setHeader(getTranslation("users.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(UserAccount::getEmail).setHeader(getTranslation("users.email")).setFlexGrow(2);
        grid.addColumn(u -> u.getRoles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addColumn(u -> u.isEnabled() ? getTranslation("users.enabled") : getTranslation("users.disabled"))
                .setHeader(getTranslation("users.status"));
        grid.addComponentColumn(u -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(u));
            edit.setAriaLabel(getTranslation("action.edit") + " " + u.getName());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setHeader("").setFlexGrow(0).setWidth("5em");
        grid.setEmptyStateText(getTranslation("users.empty"));
        add(header, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void open(UserAccount account) {
        Map<Long, City> byId = cities.findAll().stream().collect(Collectors.toMap(City::getId, Function.identity()));
        new UserDialog(accounts, byId, account, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(accounts.findAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | CityPeers";
    }
}
