package org.citypeers.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.programme.AwardCriterion;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammePageSection;
import org.citypeers.programme.ProgrammePhase;
import org.citypeers.programme.ProgrammeService;

/** One programme: facts, phases with dates, award criteria with weights, and sections from other features. */
@Route("programmes/:programmeId")
@AnonymousAllowed
class ProgrammeDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeService programmes;
    private final List<ProgrammePageSection> sections;
    private String title = "";

    ProgrammeDetailsView(ProgrammeService programmes, List<ProgrammePageSection> sections) {
        this.programmes = programmes;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ProgrammePageSection::order)).toList();
        addClassName("cp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.require(event, "programmeId").ifPresent(id -> show(programmes.get(id)));
    }

    private void show(Programme p) {
        removeAll();
        title = p.getName();
        Span shortName = new Span(p.getShortName());
        shortName.addClassName("cp-badge");
        add(shortName, new H1(p.getName()));
        if (programmes.canManage(p.getId())) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("programmes/" + p.getId() + "/edit")));
            edit.setId("edit-programme");
            add(edit);
        }
        add(fact("programme.funder", p.getFunder()), fact("programme.period", ProgrammeFormat.period(p, getLocale())),
                fact("programme.languages", String.join(", ", p.getWorkingLanguages().stream().map(Languages::displayName).toList())),
                fact("programme.award", p.getAwardTitle()));
        if (p.getDescription() != null) {
            add(new Paragraph(p.getDescription()));
        }

        add(new H2(getTranslation("programme.phases")));
        if (p.getPhases().isEmpty()) {
            add(new Paragraph(getTranslation("programme.phases.empty")));
        } else {
            Grid<ProgrammePhase> phases = new Grid<>();
            phases.addColumn(ProgrammePhase::getName).setHeader(getTranslation("programme.phase")).setFlexGrow(2);
            phases.addColumn(ph -> ProgrammeFormat.date(ph.getStartsOn(), getLocale())).setHeader(getTranslation("programme.from"));
            phases.addColumn(ph -> ProgrammeFormat.date(ph.getEndsOn(), getLocale())).setHeader(getTranslation("programme.to"));
            phases.addColumn(ph -> ph.isCurrent(LocalDate.now()) ? getTranslation("programme.phase.current") : "")
                    .setHeader("");
            phases.setItems(p.getPhases());
            phases.setAllRowsVisible(true);
            add(phases);
        }

        add(new H2(getTranslation("programme.criteria")));
        if (p.getCriteria().isEmpty()) {
            add(new Paragraph(getTranslation("programme.criteria.empty")));
        } else {
            Grid<AwardCriterion> criteria = new Grid<>();
            criteria.addColumn(AwardCriterion::getName).setHeader(getTranslation("programme.criterion")).setFlexGrow(3);
            criteria.addColumn(c -> c.getWeight() + " %").setHeader(getTranslation("programme.weight"));
            criteria.setItems(p.getCriteria());
            criteria.setAllRowsVisible(true);
            add(criteria);
        }
        sections.forEach(s -> s.create(p).ifPresent(this::add));
    }

    private Paragraph fact(String key, String value) {
        Paragraph para = new Paragraph();
        para.addClassName("cp-fact");
        if (value == null || value.isBlank()) {
            para.setVisible(false);
            return para;
        }
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("font-weight", "600");
        para.add(label, new Span(value));
        return para;
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }
}
