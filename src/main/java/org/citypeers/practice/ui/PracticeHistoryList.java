package org.citypeers.practice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.citypeers.practice.PracticeVersion;

/** The versions of a practice, newest first: what, who, when, and the reason of a send-back or rejection. */
class PracticeHistoryList extends Div {

    PracticeHistoryList(List<PracticeVersion> versions) {
        setId("practice-history");
        add(new H2(getTranslation("practice.history")));
        UnorderedList ul = new UnorderedList();
        for (PracticeVersion v : versions) {
            ListItem li = new ListItem(new Span(getTranslation("practice.history.entry",
                    getTranslation("practice.action." + v.getAction()), v.getAuthorName(), PracticeFormat.time(v.getCreatedAt(), getLocale()))));
            if (v.getReason() != null) {
                Div reason = new Div(v.getAction().name().startsWith("ATTACHMENT") ? v.getReason()
                        : getTranslation("practice.history.reason", v.getReason()));
                reason.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "pre-line");
                li.add(reason);
            }
            ul.add(li);
        }
        add(ul);
    }
}
