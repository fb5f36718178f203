package org.citypeers.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.citypeers.city.City;
import org.citypeers.city.CityPageSection;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanService;
import org.citypeers.security.CurrentUser;

/** On a city's page: the city's plans that the signed-in person may see (nothing when there are none). */
@org.springframework.stereotype.Component
class PlansOfCitySection implements CityPageSection {

    private final PlanService plans;
    private final CurrentUser currentUser;

    PlansOfCitySection(PlanService plans, CurrentUser currentUser) {
        this.plans = plans;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create(City city) {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        List<ActionPlan> list = plans.findForCity(city.getId());
        return list.isEmpty() ? Optional.empty() : Optional.of(PlanGrids.section("city-plans", list, false));
    }
}
