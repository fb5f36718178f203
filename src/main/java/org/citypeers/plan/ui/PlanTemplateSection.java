package org.citypeers.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.citypeers.plan.PlanTemplate;
import org.citypeers.plan.PlanTemplateService;
import org.citypeers.plan.TemplateSection;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammePageSection;

/** On a programme's page, for its managers (and admins): the sections of its plans, the questionnaire's size, and the way to the template editor. */
@org.springframework.stereotype.Component
class PlanTemplateSection implements ProgrammePageSection {

    private final PlanTemplateService templates;

    PlanTemplateSection(PlanTemplateService templates) {
        this.templates = templates;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<Component> create(Programme programme) {
        if (!templates.canEdit(programme.getId())) {
            return Optional.empty();
        }
        PlanTemplate t = templates.forProgramme(programme.getId());
        Div d = new Div();
        d.setWidthFull();
        d.setId("programme-plan-template");
        d.add(new H2(d.getTranslation("plan.template.heading")));
        UnorderedList list = new UnorderedList();
        list.setId("template-summary");
        for (TemplateSection s : t.getSections()) {
            ListItem item = new ListItem(PlanFormat.section(d, s.getKind().name()));
            if (s.isRequired()) {
                Span req = new Span(d.getTranslation("plan.required"));
                req.addClassNames("cp-badge", "cp-template-required");
                item.add(new Span(" "), req);
            }
            list.add(item);
        }
        Paragraph questions = new Paragraph(d.getTranslation("plan.template.summary.questions", t.getQuestions().size()));
        Button edit = new Button(d.getTranslation("plan.template.edit"), VaadinIcon.EDIT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(PlanTemplateView.path(programme.getId()))));
        edit.setId("edit-plan-template");
        d.add(list, questions, edit);
        return Optional.of(d);
    }
}
