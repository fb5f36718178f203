package org.citypeers.practice;

import java.util.List;
import java.util.Map;

/**
 * An immutable view of one theme of the taxonomy.
 *
 * @param code     stable code, e.g. {@code migration-integration}
 * @param parent   code of the broader theme, or null for a top-level theme
 * @param labels   language code -> label
 * @param keywords language code -> lower-case keywords and phrases that signal the theme in a text
 */
public record ThemeInfo(String code, String parent, Map<String, String> labels, Map<String, List<String>> keywords) {

    /** The label in {@code lang}, else English, else the code. */
    public String label(String lang) {
        String l = labels.get(lang);
        if (l == null) {
            l = labels.get("en");
        }
        return l == null ? code : l;
    }
}
