package org.citypeers.award.ui;

import java.util.Set;
import org.citypeers.base.ui.NavContribution;
import org.springframework.stereotype.Component;

@Component
class AwardNav implements NavContribution {
    @Override
    public Set<String> paths() {
        return Set.of("awards");
    }
}
