package org.citypeers.search;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** A passage of a practice's text with the words that matched marked. */
public record Snippet(List<Segment> segments) {

    /** Plain text, highlighted or not. */
    public record Segment(String text, boolean highlighted) {}

    public Snippet {
        segments = List.copyOf(segments);
    }

    /** The passage as HTML: every character of the text escaped, only our own {@code <mark>} tags added. */
    public String html() {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            String escaped = HtmlUtils.htmlEscape(s.text());
            b.append(s.highlighted() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return b.toString();
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        segments.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
