package org.citypeers.search.internal;

import java.util.List;
import java.util.Map;

/**
 * A language-neutral concept: a theme of the taxonomy, a glossary entry or a EuroVoc descriptor, with
 * its labels (and keyword variants) per language. Text in any language that contains one of the labels
 * (after stemming) is about the concept.
 */
public record Concept(String id, Source source, Map<String, List<String>> labels) {

    public enum Source { THEME, GLOSSARY, EUROVOC }

    /** The preferred label in a language, else English, else any. */
    public String label(String language) {
        List<String> l = labels.get(language);
        if (l == null || l.isEmpty()) {
            l = labels.get("en");
        }
        if (l == null || l.isEmpty()) {
            l = labels.values().stream().filter(v -> !v.isEmpty()).findFirst().orElse(List.of(id));
        }
        return l.get(0);
    }
}
