package org.citypeers.plan.ui;

import java.util.Set;
import org.citypeers.base.ui.NavContribution;
import org.springframework.stereotype.Component;

@Component
class PlanNav implements NavContribution {
    @Override
    public Set<String> paths() {
        return Set.of("plans");
    }
}
