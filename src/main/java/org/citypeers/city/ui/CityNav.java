package org.citypeers.city.ui;

import java.util.Set;
import org.citypeers.base.ui.NavContribution;
import org.springframework.stereotype.Component;

@Component
class CityNav implements NavContribution {
    @Override
    public Set<String> paths() {
        return Set.of("cities");
    }
}
