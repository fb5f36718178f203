package org.citypeers.base;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The languages CityPeers knows: UI languages (with a translated shell) and content languages. */
public final class Languages {

    /** UI languages in the order the switcher shows them, with their own names. */
    public static final Map<String, String> UI = uiLanguages();

    /** Languages whose text the library analyses (content may be written in any of these). */
    public static final List<String> CONTENT = List.of("en", "pl", "lt", "lv", "et", "sl", "de", "sv", "fi", "da");

    private Languages() {}

    private static Map<String, String> uiLanguages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", "English");
        m.put("pl", "Polski");
        m.put("lt", "Lietuvių");
        m.put("lv", "Latviešu");
        m.put("et", "Eesti");
        m.put("sl", "Slovenščina");
        m.put("de", "Deutsch");
        return java.util.Collections.unmodifiableMap(m);
    }

    public static boolean isUiLanguage(String code) {
        return code != null && UI.containsKey(code);
    }

    public static Locale uiLocale(String code) {
        // English as written in Europe (1 Jan 2027, 24-hour clock), not the US default
        if (!isUiLanguage(code) || "en".equals(code)) {
            return Locale.UK;
        }
        return Locale.forLanguageTag(code);
    }

    /**
     * The name of a content language in the language of the current screen ("Written in Lithuanian" in
     * English, "litewski" in Polish), or its own name when there is no screen; the code itself when unknown.
     * Only the language switcher shows every language in its own name ({@link #UI}).
     */
    public static String displayName(String code) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return displayName(code, ui == null ? null : ui.getLocale());
    }

    /** The name of a content language in {@code in} (its own name when {@code in} is null), or the code itself. */
    public static String displayName(String code, Locale in) {
        if (code == null) {
            return "";
        }
        Locale l = Locale.forLanguageTag(code);
        String n = l.getDisplayLanguage(in == null ? l : in);
        return n.isEmpty() || n.equals(code) ? code : Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
