package org.citypeers.city;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** A part of the city page contributed by a higher feature (its practices, plans, peer cities). */
public interface CityPageSection {

    int order();

    Optional<Component> create(City city);
}
