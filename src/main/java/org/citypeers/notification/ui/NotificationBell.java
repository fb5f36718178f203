package org.citypeers.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.citypeers.notification.Notification;
import org.citypeers.notification.NotificationService;

/**
 * The bell in the top bar: the unread count (refreshed on every navigation and when opened), and a list
 * of the latest notifications; clicking one marks it read and follows its link.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        getStyle().set("position", "relative").set("display", "inline-flex");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error primary small pill");
        count.getStyle().set("position", "absolute").set("top", "0").set("right", "0").set("pointer-events", "none");
        add(bell, count);

        list.setId("notification-list");
        list.getStyle().set("max-height", "60vh").set("overflow", "auto").set("width", "min(24rem, 90vw)");
        Button readAll = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        readAll.setId("notification-mark-all");
        readAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Anchor settings = new Anchor("account/notifications", getTranslation("notification.settings"));
        settings.setId("notification-settings-link");
        settings.getElement().addEventListener("click", e -> popover.close());
        Div head = new Div(new Span(getTranslation("notification.title")), readAll, settings);
        head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("font-weight", "600").set("padding-bottom", "var(--lumo-space-s)");
        popover.add(head, list);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notification.title"));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        add(popover);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
        bell.setTooltipText(getTranslation("notification.bell", unread));
        if (popover.isOpened()) {
            showList(notifications.mine());
        }
    }

    private void showList(List<Notification> items) {
        list.removeAll();
        if (items.isEmpty()) {
            list.add(new Span(getTranslation("notification.none")));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (Notification n : items) {
            Div item = new Div();
            item.addClassName("cp-notification");
            item.getElement().setAttribute("role", "button");
            item.getElement().setAttribute("tabindex", "0");
            item.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("cursor", "pointer")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            Span text = new Span(getTranslation(n.getMessageKey(), n.getMessageArgs()));
            text.addClassName("cp-notification-text");
            if (!n.isRead()) {
                text.getStyle().set("font-weight", "600");
                item.getElement().setAttribute("data-unread", "true");
            }
            Span when = new Span(getTranslation("notification.type." + n.getType()) + " · " + time.format(n.getCreatedAt()));
            when.addClassName("cp-muted");
            when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)");
            item.add(text, when);
            item.addClickListener(e -> open(n));
            list.add(item);
        }
    }

    private void open(Notification n) {
        notifications.markRead(n.getId());
        popover.close();
        refresh();
        if (n.getLink() != null) {
            getUI().ifPresent(ui -> ui.navigate(n.getLink()));
        }
    }
}
