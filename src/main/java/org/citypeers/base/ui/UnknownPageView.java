package org.citypeers.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Catches every address no view serves and shows the friendly not-found page (with status 404),
 * instead of an empty error response. More specific routes always win over this one.
 */
@Route(value = ":path*", layout = MainLayout.class)
@AnonymousAllowed
public class UnknownPageView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.rerouteToError(NotFoundException.class);
    }
}
