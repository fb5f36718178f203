package org.citypeers.review.ui;

import java.util.Set;
import org.citypeers.base.ui.NavContribution;
import org.springframework.stereotype.Component;

@Component
class ReviewsNav implements NavContribution {
    @Override
    public Set<String> paths() {
        return Set.of("reviews");
    }
}
