package org.citypeers.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** Small builders for the card look used on home and list pages. */
public final class Cards {

    private Cards() {}

    public static Div card(String title, Component... content) {
        Div card = new Div();
        card.addClassName("cp-card");
        H2 h = new H2(title);
        h.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-top", "0");
        card.add(h);
        card.add(content);
        return card;
    }

    public static Div empty(String text) {
        Div d = new Div(text);
        d.addClassName("cp-empty");
        return d;
    }
}
