package org.citypeers.practice.ui;

import java.util.Set;
import org.citypeers.base.ui.NavContribution;
import org.springframework.stereotype.Component;

/** The practice feature serves the validation queue and the theme admin page ("practices" is the search feature's). */
@Component
class PracticeNav implements NavContribution {
    @Override
    public Set<String> paths() {
        return Set.of("validation", "admin/themes");
    }
}
