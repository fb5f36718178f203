package org.citypeers.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A theme's label and search keywords in one language; keywords are stored one per line. */
@Embeddable
public class ThemeText {

    @Column(nullable = false, length = Theme.LABEL_MAX)
    private String label;

    @Column(nullable = false, length = Theme.KEYWORDS_MAX)
    private String keywords = "";

    protected ThemeText() {}

    public ThemeText(String label, List<String> keywords) {
        this.label = label;
        this.keywords = String.join("\n", keywords);
    }

    public String getLabel() { return label; }

    public List<String> keywordList() {
        return keywords == null || keywords.isBlank() ? List.of()
                : Arrays.stream(keywords.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
