package org.citypeers.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.citypeers.base.Languages;
import org.citypeers.practice.PracticeRoutes;
import org.citypeers.search.MatchExplanation;
import org.citypeers.search.PracticeHit;
import org.citypeers.search.Snippet;

/**
 * One found practice: title (link to its page), city, country, language and year, the highlighted
 * passages and, when asked, why it matched. Highlights are built as elements with text only (never
 * HTML from the practice), so nothing in a practice's text can be executed.
 */
final class HitCard {

    private HitCard() {}

    static Component of(Component host, PracticeHit h, boolean showWhy, Function<String, String> themeLabel) {
        Div card = new Div();
        card.addClassName("cp-card");
        card.addClassName("cp-hit");
        card.setId("hit-" + h.id());
        Anchor title = new Anchor(PracticeRoutes.details(h.id()), h.title());
        title.addClassName("cp-hit-title");
        card.add(new Div(title));
        List<String> meta = new ArrayList<>();
        if (h.cityName() != null) {
            meta.add(h.cityName());
        }
        if (h.country() != null) {
            meta.add(new Locale("", h.country()).getDisplayCountry(locale()));
        }
        if (h.language() != null) {
            meta.add(Languages.displayName(h.language()));
        }
        if (h.year() != null) {
            meta.add(h.year().toString());
        }
        if (h.programme() != null) {
            meta.add(h.programme());
        }
        Span metaLine = new Span(String.join(" · ", meta));
        metaLine.addClassName("cp-muted");
        card.add(new Div(metaLine));
        if (h.why().snippets().isEmpty()) {
            card.add(new Paragraph(abbreviate(h.summary())));
        } else {
            for (Snippet s : h.why().snippets()) {
                card.add(snippet(s));
            }
        }
        if (!h.themes().isEmpty()) {
            Div themes = new Div();
            themes.addClassName("cp-badges");
            h.themes().forEach(t -> themes.add(badge(themeLabel.apply(t), "contrast")));
            card.add(themes);
        }
        if (showWhy) {
            card.add(why(host, h.why()));
        }
        return card;
    }

    static Component why(Component host, MatchExplanation why) {
        Div box = new Div();
        box.addClassName("cp-why");
        box.getElement().setAttribute("data-testid", "why");
        if (why.concepts().isEmpty() && why.terms().isEmpty() && why.related().isEmpty()) {
            box.add(new Span(host.getTranslation("search.why.none")));
            return box;
        }
        if (!why.concepts().isEmpty() || !why.terms().isEmpty()) {
            box.add(new Span(host.getTranslation("search.why") + " "));
            why.concepts().forEach(c -> box.add(badge(c.label(), c.theme() ? "success" : "")));
            if (!why.terms().isEmpty()) {
                Span terms = new Span(" " + host.getTranslation("search.why.terms", String.join(", ", why.terms())));
                terms.addClassName("cp-muted");
                box.add(terms);
            }
        }
        if (!why.related().isEmpty() && why.concepts().isEmpty()) { // found through the best matches, not the text
            Div related = new Div(new Span(host.getTranslation("search.why.related") + " "));
            related.getElement().setAttribute("data-testid", "why-related");
            why.related().stream().limit(6).forEach(c -> related.add(badge(c.label(), "contrast")));
            box.add(related);
        }
        return box;
    }

    /** A passage as text nodes and {@code <mark>} elements holding text: safe by construction. */
    static Component snippet(Snippet s) {
        Paragraph p = new Paragraph();
        p.addClassName("cp-snippet");
        for (Snippet.Segment seg : s.segments()) {
            if (seg.highlighted()) {
                p.getElement().appendChild(new Element("mark").setText(seg.text()));
            } else {
                p.getElement().appendChild(Element.createText(seg.text()));
            }
        }
        return p;
    }

    static Span badge(String text, String theme) {
        Span b = new Span(text);
        b.getElement().getThemeList().add("badge");
        if (!theme.isEmpty()) {
            b.getElement().getThemeList().add(theme);
        }
        return b;
    }

    private static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 300 ? s.substring(0, 300) + " …" : s;
    }
}
