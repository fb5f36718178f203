package org.citypeers.plan;

import java.time.LocalDate;
import java.util.List;

/** Everything the action form edits. */
public record ActionData(String title, String description, String objective, String lead, String partners,
                         LocalDate startDate, LocalDate endDate, Long budgetEur, String fundingSource,
                         List<Indicator> indicators, List<PracticeLink> practices) {

    public static ActionData titled(String title) {
        return new ActionData(title, null, null, null, null, null, null, null, null, List.of(), List.of());
    }
}
