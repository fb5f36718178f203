package org.citypeers.plan.ui;

import com.github.difflib.text.DiffRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanAuditEntry;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanVersion;
import org.citypeers.plan.PlanVersionService;
import org.citypeers.plan.PlanVersionService.SectionDiff;
import org.citypeers.plan.PlanWorkflowService;
import org.citypeers.security.Roles;

/** A plan's audit trail (who, when, why), its submitted versions, and a section-by-section comparison of any two. */
@Route("plans/:planId/history")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.CITY_COORDINATOR, Roles.EXPERT})
@StyleSheet("plan.css")
class PlanHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PlanWorkflowService workflow;
    private final PlanVersionService versions;
    private final Div comparison = new Div();
    private String title = "";

    PlanHistoryView(PlanService plans, PlanWorkflowService workflow, PlanVersionService versions) {
        this.plans = plans;
        this.workflow = workflow;
        this.versions = versions;
        addClassName("cp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.require(event, "planId").ifPresent(this::show);
    }

    private void show(Long planId) {
        removeAll();
        ActionPlan plan = plans.get(planId);
        title = getTranslation("plan.history.title", plan.displayName());
        add(new Anchor("plans/" + planId, getTranslation("plan.history.back")), new H1(title));

        add(new H2(getTranslation("plan.history.trail")));
        Grid<PlanAuditEntry> trail = new Grid<>();
        trail.setId("audit-trail");
        trail.addColumn(e -> PlanFormat.dateTime(e.getHappenedAt(), getLocale())).setHeader(getTranslation("plan.history.when"));
        trail.addColumn(PlanAuditEntry::getActorName).setHeader(getTranslation("plan.history.who"));
        trail.addColumn(this::what).setHeader(getTranslation("plan.history.what")).setFlexGrow(2);
        trail.addColumn(e -> e.getNote() == null ? "" : e.getNote()).setHeader(getTranslation("plan.history.why")).setFlexGrow(3);
        trail.setItems(workflow.history(planId));
        trail.setAllRowsVisible(true);
        add(trail);

        add(new H2(getTranslation("plan.history.versions")));
        List<PlanVersion> list = versions.versions(planId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("plan.history.noVersions")));
            return;
        }
        Grid<PlanVersion> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.addColumn(v -> getTranslation("plan.history.version", v.getNumber())).setHeader(getTranslation("plan.history.versionCol"));
        grid.addColumn(v -> PlanFormat.dateTime(v.getSubmittedAt(), getLocale())).setHeader(getTranslation("plan.history.when"));
        grid.addColumn(PlanVersion::getSubmittedBy).setHeader(getTranslation("plan.history.who"));
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        add(grid);

        List<Integer> numbers = new ArrayList<>(list.stream().map(PlanVersion::getNumber).toList());
        numbers.add(0, PlanVersionService.CURRENT);
        Select<Integer> older = versionSelect("plan.history.older", numbers, "compare-older");
        Select<Integer> newer = versionSelect("plan.history.newer", numbers, "compare-newer");
        older.setValue(list.size() > 1 ? list.get(1).getNumber() : list.get(0).getNumber());
        newer.setValue(list.size() > 1 ? list.get(0).getNumber() : PlanVersionService.CURRENT);
        Button compare = new Button(getTranslation("plan.history.compare"), e -> compare(planId, older.getValue(), newer.getValue()));
        compare.setId("compare-button");
        FlexLayout bar = new FlexLayout(older, newer, compare);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        comparison.setId("comparison");
        comparison.setWidthFull();
        add(new H2(getTranslation("plan.history.compareTitle")), bar, comparison);
    }

    private Select<Integer> versionSelect(String key, List<Integer> numbers, String id) {
        Select<Integer> s = new Select<>();
        s.setLabel(getTranslation(key));
        s.setItems(numbers);
        s.setItemLabelGenerator(n -> n == PlanVersionService.CURRENT ? getTranslation("plan.history.current")
                : getTranslation("plan.history.version", n));
        s.setId(id);
        return s;
    }

    private void compare(Long planId, int a, int b) {
        comparison.removeAll();
        for (SectionDiff d : versions.compare(planId, a, b)) {
            Div section = new Div();
            section.addClassName("cp-plan-diff-section");
            section.add(new H3(PlanFormat.section(this, d.kind().name())));
            if (!d.changed()) {
                Paragraph same = new Paragraph(getTranslation("plan.history.unchanged"));
                same.addClassName("cp-muted");
                section.add(same);
            } else {
                for (PlanVersionService.Line l : d.lines()) {
                    if (l.tag() == DiffRow.Tag.EQUAL) {
                        section.add(line("cp-diff-same", "  ", l.oldLine()));
                    } else {
                        if (l.tag() != DiffRow.Tag.INSERT) {
                            section.add(line("cp-diff-del", "− ", l.oldLine()));
                        }
                        if (l.tag() != DiffRow.Tag.DELETE) {
                            section.add(line("cp-diff-ins", "+ ", l.newLine()));
                        }
                    }
                }
            }
            comparison.add(section);
        }
    }

    private Div line(String cls, String prefix, String text) {
        Div d = new Div();
        d.setText(prefix + (text == null ? "" : text));
        d.addClassNames("cp-diff-line", cls);
        return d;
    }

    private String what(PlanAuditEntry e) {
        return switch (e.getKind()) {
            case STATUS_CHANGED -> getTranslation("plan.history.statusChanged",
                    e.getFromStatus() == null ? "" : getTranslation("plan.status." + e.getFromStatus().name()),
                    getTranslation("plan.status." + e.getToStatus().name()));
            default -> getTranslation("plan.history.kind." + e.getKind().name());
        };
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }
}
