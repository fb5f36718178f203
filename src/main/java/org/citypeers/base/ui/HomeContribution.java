package org.citypeers.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card on the home page, contributed by a feature (a Spring bean): what needs this person's
 * attention there. Returns empty when it has nothing for the signed-in person (or the visitor).
 */
public interface HomeContribution {

    int order();

    Optional<Component> create();
}
