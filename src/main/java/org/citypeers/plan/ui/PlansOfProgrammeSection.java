package org.citypeers.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.citypeers.plan.PlanService;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammePageSection;
import org.citypeers.programme.ProgrammeService;

/** On a programme's page, for its managers (and admins): the programme's plans with their status. */
@org.springframework.stereotype.Component
class PlansOfProgrammeSection implements ProgrammePageSection {

    private final PlanService plans;
    private final ProgrammeService programmes;

    PlansOfProgrammeSection(PlanService plans, ProgrammeService programmes) {
        this.plans = plans;
        this.programmes = programmes;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create(Programme programme) {
        if (!programmes.canManage(programme.getId())) {
            return Optional.empty();
        }
        return Optional.of(PlanGrids.section("programme-plans", plans.findForProgramme(programme.getId()), true));
    }
}
