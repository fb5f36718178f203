package org.citypeers.programme.ui;

import java.util.Set;
import org.citypeers.base.ui.NavContribution;
import org.springframework.stereotype.Component;

@Component
class ProgrammeNav implements NavContribution {
    @Override
    public Set<String> paths() {
        return Set.of("programmes");
    }
}
