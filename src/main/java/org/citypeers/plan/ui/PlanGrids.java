package org.citypeers.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.citypeers.plan.ActionPlan;

/** A small titled grid of plans, used on programme and city pages. */
final class PlanGrids {

    private PlanGrids() {}

    static Div section(String id, List<ActionPlan> plans, boolean byCity) {
        Div d = new Div();
        d.setWidthFull();
        d.setId(id);
        d.add(new H2(d.getTranslation("plan.list.title")));
        if (plans.isEmpty()) {
            d.add(new Paragraph(d.getTranslation("plan.list.empty")));
            return d;
        }
        Grid<ActionPlan> grid = new Grid<>();
        grid.addComponentColumn(p -> new Anchor("plans/" + p.getId(), byCity ? p.getCity().getName() : p.getProgramme().getShortName()))
                .setHeader(d.getTranslation(byCity ? "plan.list.city" : "plan.list.programme")).setFlexGrow(2);
        grid.addColumn(ActionPlan::getRound).setHeader(d.getTranslation("plan.list.round"));
        grid.addComponentColumn(p -> PlanFormat.status(d, p.getStatus())).setHeader(d.getTranslation("plan.list.status"));
        grid.setItems(plans);
        grid.setAllRowsVisible(true);
        d.add(grid);
        return d;
    }
}
