package org.citypeers.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Reads a numeric id from a route parameter; anything else (text, huge numbers) is simply "not found". */
public final class RouteIds {

    private RouteIds() {}

    public static Optional<Long> parse(String s) {
        if (s == null || s.length() > 18 || !s.matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(s));
    }

    /** The id in parameter {@code name}, or empty after rerouting to the not-found page. */
    public static Optional<Long> require(BeforeEnterEvent event, String name) {
        Optional<Long> id = event.getRouteParameters().get(name).flatMap(RouteIds::parse);
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
        return id;
    }
}
