package org.citypeers.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.citypeers.base.Languages;

/**
 * Remembers the UI language: in the Vaadin session, in a long-lived cookie (so an anonymous visitor
 * keeps it) and, for signed-in people, in their account (see {@link LanguageSwitcher}).
 */
public final class LocaleSupport {

    public static final String COOKIE = "citypeers-lang";
    static final String SESSION_KEY = "citypeers.lang";

    private LocaleSupport() {}

    /** The language chosen earlier in this session or by cookie, if any. */
    static Optional<String> remembered(VaadinSession session, VaadinRequest request) {
        Object inSession = session == null ? null : session.getAttribute(SESSION_KEY);
        if (inSession instanceof String s && Languages.isUiLanguage(s)) {
            return Optional.of(s);
        }
        if (request != null && request.getCookies() != null) {
            return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName()))
                    .map(Cookie::getValue).filter(Languages::isUiLanguage).findFirst();
        }
        return Optional.empty();
    }

    /** The best supported language from the browser's Accept-Language header. */
    static Optional<String> fromBrowser(VaadinRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(request.getHeader("Accept-Language")).stream()
                    .map(r -> r.getRange().split("-")[0]).filter(Languages::isUiLanguage).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Applies a language to the session, the current UI and the cookie. */
    public static void apply(String language) {
        String lang = Languages.isUiLanguage(language) ? language : "en";
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, lang);
            session.setLocale(Languages.uiLocale(lang));
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(Languages.uiLocale(lang));
        }
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, lang);
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }
}
