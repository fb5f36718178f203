package org.citypeers.plan;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Lets a higher feature (review: comment threads, scores) add to the plan editor without the plan
 * feature importing it. Implementations are Spring beans; each method returns empty when it has
 * nothing for the signed-in person. Access to the plan has already been checked when they are called.
 */
public interface PlanPageSection {

    /** Position among the contributions; lower comes first. */
    int order();

    /** A panel for the whole plan (e.g. scores), shown below the plan's sections. */
    default Optional<Component> createForPlan(ActionPlan plan) {
        return Optional.empty();
    }

    /** A part shown under one section (e.g. its comment threads); {@code sectionKey} is a {@link PlanSectionKind} name. */
    default Optional<Component> createForSection(ActionPlan plan, String sectionKey) {
        return Optional.empty();
    }

    /** A part shown under one action of the actions section. */
    default Optional<Component> createForAction(ActionPlan plan, long actionId) {
        return Optional.empty();
    }
}
