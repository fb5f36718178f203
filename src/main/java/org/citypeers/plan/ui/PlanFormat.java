package org.citypeers.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.citypeers.plan.PlanStatus;

/** Shared formatting of the plan views: status badges, times, section names. */
final class PlanFormat {

    private PlanFormat() {}

    private static final String ZONE = "citypeers.plan.zone";

    /** Asks the browser for its time zone once per session, so times show as the person's clock shows them. */
    static void learnZone(com.vaadin.flow.component.UI ui) {
        if (ui.getSession() != null && ui.getSession().getAttribute(ZONE) == null) {
            ui.getPage().retrieveExtendedClientDetails(d -> {
                try {
                    ui.getSession().setAttribute(ZONE, ZoneId.of(d.getTimeZoneId()));
                } catch (RuntimeException e) {
                    ui.getSession().setAttribute(ZONE, ZoneId.systemDefault());
                }
            });
        }
    }

    static ZoneId zone() {
        com.vaadin.flow.server.VaadinSession s = com.vaadin.flow.server.VaadinSession.getCurrent();
        Object z = s == null ? null : s.getAttribute(ZONE);
        return z instanceof ZoneId id ? id : ZoneId.systemDefault();
    }

    static Span status(Component c, PlanStatus s) {
        Span badge = new Span(c.getTranslation("plan.status." + s.name()));
        badge.addClassNames("cp-badge", "cp-plan-status", "cp-plan-status-" + s.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String dateTime(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone()).format(at);
    }

    static String time(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone()).format(at);
    }

    static String section(Component c, String kind) {
        return c.getTranslation("plan.section." + kind);
    }
}
