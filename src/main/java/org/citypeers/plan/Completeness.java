package org.citypeers.plan;

import java.util.List;
import java.util.Map;

/**
 * How complete a plan is: per section 0-100, overall (the mean over the template's sections), and
 * the required sections that are not complete yet (submission needs this list to be empty).
 */
public record Completeness(Map<PlanSectionKind, Integer> perSection, int overall, List<PlanSectionKind> missingRequired) {

    public int of(PlanSectionKind kind) {
        return perSection.getOrDefault(kind, 0);
    }

    public boolean isComplete(PlanSectionKind kind) {
        return of(kind) >= 100;
    }

    /** Sections of the template that are not complete (required or not). */
    public long incompleteCount() {
        return perSection.values().stream().filter(v -> v < 100).count();
    }
}
