package org.citypeers.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.Notifications;
import org.citypeers.city.City;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountService;
import org.citypeers.security.UserAccountService.AccountData;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Creates or edits one account. */
class UserDialog extends Dialog {

    static class Form {
        String name = "";
        String email = "";
        String password = "";
        Set<String> roles = new HashSet<>();
        City organisation;
        String language = "en";
        boolean enabled = true;
    }

    private final Binder<Form> binder = new Binder<>();

    UserDialog(UserAccountService accounts, Map<Long, City> cities, UserAccount account, Runnable onSaved) {
        setHeaderTitle(getTranslation(account == null ? "users.new" : "users.edit"));
        TextField name = new TextField(getTranslation("users.name"));
        name.setMaxLength(UserAccount.NAME_MAX);
        name.setId("user-name");
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX);
        email.setId("user-email");
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation(account == null ? "users.password.help" : "users.password.keep",
                UserAccountService.MIN_PASSWORD));
        password.setId("user-password");
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        roles.setId("user-roles");
        ComboBox<City> org = new ComboBox<>(getTranslation("users.organisation"));
        org.setItems(cities.values().stream().sorted(Comparator.comparing(City::getName)).toList());
        org.setItemLabelGenerator(c -> c.getName() + " (" + c.getCountry() + ")");
        org.setClearButtonVisible(true);
        Select<String> lang = new Select<>();
        lang.setLabel(getTranslation("users.language"));
        lang.setItems(Languages.UI.keySet());
        lang.setItemLabelGenerator(Languages.UI::get);
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"));

        binder.forField(name).asRequired(getTranslation("validation.required")).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(email).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), getTranslation("validation.email"))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(password)
                .withValidator(v -> (account != null && v.isEmpty()) || v.length() >= UserAccountService.MIN_PASSWORD,
                        getTranslation("validation.password", UserAccountService.MIN_PASSWORD))
                .bind(f -> f.password, (f, v) -> f.password = v);
        binder.forField(roles).withValidator(v -> !v.isEmpty(), getTranslation("validation.role"))
                .bind(f -> f.roles, (f, v) -> f.roles = new HashSet<>(v));
        binder.forField(org)
                .withValidator(c -> c != null || !roles.getValue().contains(Roles.CITY_COORDINATOR),
                        getTranslation("validation.coordinatorCity"))
                .bind(f -> f.organisation, (f, v) -> f.organisation = v);
        binder.forField(lang).bind(f -> f.language, (f, v) -> f.language = v);
        binder.forField(enabled).bind(f -> f.enabled, (f, v) -> f.enabled = v);

        Form f = new Form();
        if (account != null) {
            f.name = account.getName();
            f.email = account.getEmail();
            f.roles = new HashSet<>(account.getRoles());
            f.organisation = account.getOrganisationId() == null ? null : cities.get(account.getOrganisationId());
            f.language = account.getUiLanguage();
            f.enabled = account.isEnabled();
        }
        binder.readBean(f);

        FormLayout form = new FormLayout(name, email, password, lang, roles, org, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            Form out = new Form();
            if (!binder.writeBeanIfValid(out)) {
                return;
            }
            AccountData data = new AccountData(out.name, out.email, out.password, new ArrayList<>(out.roles),
                    out.organisation == null ? null : out.organisation.getId(), out.language, out.enabled);
            try {
                if (account == null) {
                    accounts.create(data);
                } else {
                    accounts.update(account.getId(), account.getVersion(), data);
                }
                Notifications.success(getTranslation("action.saved"));
                onSaved.run();
                close();
            } catch (IllegalArgumentException ex) {
                Notifications.error(ex.getMessage());
            } catch (ObjectOptimisticLockingFailureException ex) {
                Notifications.error(getTranslation("error.conflict"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(720px, 95vw)");
    }
}
