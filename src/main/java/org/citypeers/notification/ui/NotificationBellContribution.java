package org.citypeers.notification.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.citypeers.base.ui.HeaderContribution;
import org.citypeers.notification.NotificationService;
import org.citypeers.security.CurrentUser;

/** Puts the notification bell into the top bar for signed-in people. */
@org.springframework.stereotype.Component
class NotificationBellContribution implements HeaderContribution {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationBellContribution(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        return currentUser.get().isPresent() ? Optional.of(new NotificationBell(notifications)) : Optional.empty();
    }
}
