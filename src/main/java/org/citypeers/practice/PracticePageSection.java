package org.citypeers.practice;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a practice's details page contributed by a higher feature (e.g. "similar practices" from
 * search). Spring beans; sorted by {@link #order()}; shown below the practice's own content.
 */
public interface PracticePageSection {

    int order();

    /** The section for this practice, or empty when there is nothing to show (e.g. it is not published). */
    Optional<Component> create(PracticeSnapshot practice);
}
