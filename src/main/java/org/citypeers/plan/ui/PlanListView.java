package org.citypeers.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanStatus;
import org.citypeers.programme.Programme;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;

/**
 * The plans the signed-in person may see: a coordinator's city's plans (and "start a plan"), a
 * manager's programmes' plans with a status filter, an expert's assigned plans, all for admins.
 */
@Route("plans")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.CITY_COORDINATOR, Roles.EXPERT})
@StyleSheet("plan.css")
class PlanListView extends VerticalLayout implements HasDynamicTitle {

    PlanListView(PlanService plans, CurrentUser currentUser) {
        addClassName("cp-page");
        setHeightFull();
        add(new H1(getTranslation("plan.list.title")));
        FlexLayout bar = new FlexLayout();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        bar.setWidthFull();

        MultiSelectComboBox<PlanStatus> status = new MultiSelectComboBox<>(getTranslation("plan.list.filter.status"));
        status.setItems(PlanStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("plan.status." + s.name()));
        status.setId("status-filter");
        status.setClearButtonVisible(true);
        bar.add(status);

        List<Programme> startable = plans.programmesICanStartIn();
        if (!startable.isEmpty()) {
            Button start = new Button(getTranslation("plan.list.start"), VaadinIcon.PLUS.create(),
                    e -> new StartPlanDialog(plans, startable, currentUser).open());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-plan");
            bar.add(start);
        }
        add(bar);

        Grid<ActionPlan> grid = new Grid<>();
        grid.setId("plans-grid");
        grid.addComponentColumn(p -> new Anchor("plans/" + p.getId(), p.getCity().getName())).setHeader(getTranslation("plan.list.city"))
                .setFlexGrow(2).setComparator(p -> p.getCity().getName());
        grid.addColumn(p -> p.getProgramme().getShortName() + " " + p.getRound()).setHeader(getTranslation("plan.list.programme"))
                .setFlexGrow(2).setSortable(true);
        grid.addComponentColumn(p -> PlanFormat.status(this, p.getStatus())).setHeader(getTranslation("plan.list.status"))
                .setComparator(ActionPlan::getStatus);
        grid.addColumn(p -> plans.completeness(p.getId()).overall() + " %").setHeader(getTranslation("plan.list.completeness"));
        grid.addColumn(p -> PlanFormat.dateTime(p.getUpdatedAt(), getLocale())).setHeader(getTranslation("plan.list.updated"))
                .setComparator(ActionPlan::getUpdatedAt);
        ListDataProvider<ActionPlan> data = new ListDataProvider<>(plans.findVisible());
        grid.setDataProvider(data);
        grid.setEmptyStateText(getTranslation(currentUser.hasRole(Roles.CITY_COORDINATOR) ? "plan.list.empty.coordinator" : "plan.list.empty"));
        status.addValueChangeListener(e -> data.setFilter(p -> e.getValue().isEmpty() || e.getValue().contains(p.getStatus())));
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.list.title") + " | CityPeers";
    }
}
