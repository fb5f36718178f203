package org.citypeers.practice.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Small formatting helpers shared by the practice views. */
final class PracticeFormat {

    private PracticeFormat() {}

    static String country(String code, Locale locale) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale);
    }

    static String time(Instant t, Locale locale) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.of("Europe/Brussels")).format(t);
    }

    static String date(Instant t, Locale locale) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.of("Europe/Brussels")).format(t);
    }

    /** The UI language of the current request (for theme labels), English outside a UI. */
    static String lang(Component c) {
        Locale l = locale();
        return l.getLanguage().isEmpty() ? "en" : l.getLanguage();
    }

    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }
}
