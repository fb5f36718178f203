package org.citypeers.admin.ui;

import java.util.Set;
import org.citypeers.base.ui.NavContribution;
import org.springframework.stereotype.Component;

@Component
class AdminNav implements NavContribution {
    @Override
    public Set<String> paths() {
        return Set.of("admin/users");
    }
}
