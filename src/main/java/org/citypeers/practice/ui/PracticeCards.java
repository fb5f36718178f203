package org.citypeers.practice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Stream;
import org.citypeers.base.Languages;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeRoutes;

/** A compact, phone-friendly card for a practice in a list: title link, status, city, language, last change. */
final class PracticeCards {

    private PracticeCards() {}

    static Div card(GoodPractice p, Div i18n) {
        Div card = new Div();
        card.addClassName("cp-card");
        card.setId("practice-card-" + p.getId());
        Anchor title = new Anchor(PracticeRoutes.details(p.getId()), p.getTitle());
        title.getStyle().set("font-weight", "600").set("overflow-wrap", "anywhere");
        Span status = new Span(i18n.getTranslation("practice.status." + p.getStatus()));
        status.getElement().getThemeList().add("badge");
        Div meta = new Div(String.join(" · ", Stream.of(p.getCityName(), Languages.displayName(p.getLanguage()),
                PracticeFormat.date(p.getUpdatedAt(), PracticeFormat.locale())).filter(s -> s != null && !s.isBlank()).toList()));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div top = new Div(title, new Span(" "), status);
        card.add(top, meta);
        if (p.getStatusReason() != null) {
            Div reason = new Div(i18n.getTranslation("practice.statusReason", p.getStatusReason()));
            reason.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(reason);
        }
        return card;
    }
}
