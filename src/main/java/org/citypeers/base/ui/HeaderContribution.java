package org.citypeers.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** An item in the top bar contributed by a feature (e.g. the notification bell). Spring bean. */
public interface HeaderContribution {

    int order();

    Optional<Component> create();
}
