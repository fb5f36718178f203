package org.citypeers.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import org.citypeers.base.ui.Notifications;
import org.citypeers.notification.MailMode;
import org.citypeers.notification.NotificationService;
import org.citypeers.security.CurrentUser;

/** Each person chooses whether notifications also come by e-mail: never, at once, or once a day. */
@Route("account/notifications")
@PermitAll
class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    NotificationSettingsView(NotificationService notifications, CurrentUser currentUser) {
        addClassName("cp-page");
        add(new H1(getTranslation("notification.settings.title")));
        add(new Paragraph(getTranslation("notification.settings.intro",
                currentUser.get().map(u -> u.getEmail()).orElse(""))));
        if (!notifications.mailEnabled()) {
            Paragraph off = new Paragraph(getTranslation("notification.settings.mailOff"));
            off.setId("notification-mail-off");
            off.addClassName("cp-muted");
            add(off);
        }
        RadioButtonGroup<MailMode> mode = new RadioButtonGroup<>(getTranslation("notification.settings.mode"));
        mode.setId("notification-mail-mode");
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setItems(Arrays.asList(MailMode.values()));
        mode.setItemLabelGenerator(m -> getTranslation("notification.mode." + m));
        mode.setValue(notifications.myMailMode());
        Button save = new Button(getTranslation("notification.settings.save"), e -> {
            try {
                notifications.changeMyMailMode(mode.getValue());
                Notifications.success(getTranslation("notification.settings.saved"));
            } catch (IllegalArgumentException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.setId("notification-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(mode, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.title") + " | CityPeers";
    }
}
