package org.citypeers.programme;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the programme page contributed by a higher feature (partners, plans, awards), so that
 * the programme feature does not depend on them. Implementations are Spring beans.
 */
public interface ProgrammePageSection {

    /** Position on the page; lower comes first. */
    int order();

    /** The section for this programme, or empty when there is nothing to show to this person. */
    Optional<Component> create(Programme programme);
}
