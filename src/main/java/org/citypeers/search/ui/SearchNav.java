package org.citypeers.search.ui;

import java.util.Set;
import org.citypeers.base.ui.NavContribution;
import org.springframework.stereotype.Component;

/** The search feature serves the library page. */
@Component
class SearchNav implements NavContribution {
    @Override
    public Set<String> paths() {
        return Set.of("practices");
    }
}
