package org.citypeers.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import org.citypeers.base.ui.Notifications;
import org.citypeers.plan.ExpertAssignmentService;
import org.citypeers.plan.ExpertAssignmentService.AssignedExpert;
import org.citypeers.plan.ExpertAssignmentService.Candidate;
import org.citypeers.plan.ExpertRole;
import org.springframework.security.access.AccessDeniedException;

/** For the programme's managers: who reviews the plan, and who else could (with the conflict of interest that forbids it). */
class AssignExpertsDialog extends Dialog {

    private final ExpertAssignmentService assignments;
    private final Long planId;
    private final Runnable onChange;
    private final Grid<AssignedExpert> assigned = new Grid<>();
    private final Grid<Candidate> candidates = new Grid<>();

    AssignExpertsDialog(ExpertAssignmentService assignments, Long planId, Runnable onChange) {
        this.assignments = assignments;
        this.planId = planId;
        this.onChange = onChange;
        setId("assign-dialog");
        setHeaderTitle(getTranslation("plan.assign.title"));
        setWidth("min(900px, 96vw)");

        assigned.setId("assigned-experts");
        assigned.addColumn(AssignedExpert::name).setHeader(getTranslation("plan.assign.expert")).setFlexGrow(2);
        assigned.addColumn(AssignedExpert::affiliation).setHeader(getTranslation("plan.assign.affiliation")).setFlexGrow(2);
        assigned.addColumn(a -> getTranslation("plan.expertRole." + a.role().name())).setHeader(getTranslation("plan.assign.role"));
        assigned.addComponentColumn(a -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> act(() -> assignments.unassign(planId, a.userId())));
            remove.setAriaLabel(getTranslation("plan.assign.remove", a.name()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setFlexGrow(0).setWidth("5em");
        assigned.setAllRowsVisible(true);
        assigned.setEmptyStateText(getTranslation("plan.assign.none"));

        candidates.setId("expert-candidates");
        candidates.addColumn(Candidate::name).setHeader(getTranslation("plan.assign.expert")).setFlexGrow(2);
        candidates.addColumn(Candidate::affiliation).setHeader(getTranslation("plan.assign.affiliation")).setFlexGrow(2);
        candidates.addComponentColumn(c -> {
            if (!c.eligible()) {
                Span why = new Span(getTranslation("plan.assign.conflict", c.conflict()));
                why.addClassName("cp-muted");
                return why;
            }
            Select<ExpertRole> role = new Select<>();
            role.setItems(ExpertRole.values());
            role.setItemLabelGenerator(r -> getTranslation("plan.expertRole." + r.name()));
            role.setValue(ExpertRole.JURY);
            role.setAriaLabel(getTranslation("plan.assign.role"));
            role.setWidth("10em");
            Button add = new Button(getTranslation("plan.assign.add"), e -> act(() -> assignments.assign(planId, c.userId(), role.getValue())));
            add.setId("assign-" + c.userId());
            // one "Assign" per candidate: a screen reader (and a test) needs to hear whom
            add.setAriaLabel(getTranslation("plan.assign.addNamed", c.name()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(role, add);
        }).setHeader(getTranslation("plan.assign.role")).setFlexGrow(3);
        candidates.setAllRowsVisible(true);

        add(new H3(getTranslation("plan.assign.current")), assigned, new H3(getTranslation("plan.assign.candidates")), candidates);
        Button close = new Button(getTranslation("plan.close"), e -> close());
        close.setId("assign-close");
        getFooter().add(close);
        refresh();
    }

    private void act(Runnable r) {
        try {
            r.run();
            refresh();
            onChange.run();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void refresh() {
        assigned.setItems(assignments.experts(planId));
        java.util.Set<Long> taken = assignments.experts(planId).stream().map(AssignedExpert::userId).collect(java.util.stream.Collectors.toSet());
        candidates.setItems(assignments.candidates(planId).stream().filter(c -> !taken.contains(c.userId())).toList());
    }
}
