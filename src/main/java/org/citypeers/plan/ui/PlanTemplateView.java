package org.citypeers.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.citypeers.base.ui.Notifications;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.plan.PlanTemplateService;
import org.citypeers.plan.TemplateConflictException;
import org.citypeers.plan.TemplateData;
import org.citypeers.plan.TemplateValidationException;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The plan template editor of one programme, for its managers and admins: which sections the
 * programme's plans have and which are required, guidance per section, and the self-assessment
 * questionnaire. Reached from the programme's page ({@link PlanTemplateSection}).
 */
@Route("programmes/:programmeId/plan-template")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
@StyleSheet("plan.css")
class PlanTemplateView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static String path(Long programmeId) {
        return "programmes/" + programmeId + "/plan-template";
    }

    private final PlanTemplateService templates;
    private final ProgrammeService programmes;
    private final Div conflict = new Div();
    private Long programmeId;
    private TemplateData loaded;
    private TemplateSectionsEditor sections;
    private TemplateQuestionsEditor questions;
    private final Checkbox coiCity = new Checkbox();
    private final Checkbox coiCountry = new Checkbox();
    private String title = "";

    PlanTemplateView(PlanTemplateService templates, ProgrammeService programmes) {
        this.templates = templates;
        this.programmes = programmes;
        addClassNames("cp-page", "cp-template-editor");
        conflict.setId("template-conflict");
        conflict.addClassNames("cp-card", "cp-plan-notice");
        conflict.getElement().setAttribute("role", "alert");
        coiCity.setId("coi-same-city");
        coiCountry.setId("coi-same-country");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.require(event, "programmeId").ifPresent(id -> {
            programmeId = id;
            build(templates.forEditing(id));
        });
    }

    private void build(TemplateData data) {
        removeAll();
        loaded = data;
        Programme p = programmes.get(programmeId);
        title = getTranslation("plan.template.title", p.getShortName());
        H1 h1 = new H1(title);
        h1.setId("template-title");
        add(new Anchor("programmes/" + programmeId, getTranslation("plan.template.back", p.getName())), h1);
        Paragraph effect = new Paragraph(getTranslation("plan.template.effect"));
        effect.addClassName("cp-muted");
        add(effect);
        if (templates.forProgramme(programmeId).isDefault()) {
            Paragraph note = new Paragraph(getTranslation("plan.template.default"));
            note.setId("template-default-note");
            add(note);
        }
        conflict.removeAll();
        conflict.setVisible(false);
        sections = new TemplateSectionsEditor(data.sections());
        questions = new TemplateQuestionsEditor(data.questions(), templates.answerCounts(programmeId));
        Paragraph sectionsHelp = new Paragraph(getTranslation("plan.template.sections.help"));
        sectionsHelp.addClassName("cp-muted");
        Paragraph questionsHelp = new Paragraph(getTranslation("plan.template.questions.help"));
        questionsHelp.addClassName("cp-muted");
        coiCity.setLabel(getTranslation("plan.template.coi.city"));
        coiCountry.setLabel(getTranslation("plan.template.coi.country"));
        coiCity.setValue(data.conflictRule().sameCity());
        coiCountry.setValue(data.conflictRule().sameCountry());
        Paragraph coiHelp = new Paragraph(getTranslation("plan.template.coi.help"));
        coiHelp.addClassName("cp-muted");
        VerticalLayout coi = new VerticalLayout(coiCity, coiCountry);
        coi.setPadding(false);
        coi.setSpacing(false);
        add(conflict, new H2(getTranslation("plan.template.sections")), sectionsHelp, sections,
                new H2(getTranslation("plan.template.questions")), questionsHelp, questions,
                new H2(getTranslation("plan.template.coi")), coiHelp, coi, buttons());
    }

    private FlexLayout buttons() {
        Button save = new Button(getTranslation("plan.template.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-template");
        Button cancel = new Button(getTranslation("plan.cancel"), e -> getUI().ifPresent(ui -> ui.navigate("programmes/" + programmeId)));
        cancel.setId("cancel-template");
        FlexLayout buttons = new FlexLayout(save, cancel);
        buttons.addClassName("cp-plan-toolbar");
        return buttons;
    }

    private TemplateData edited() {
        return new TemplateData(loaded.templateId(), loaded.version(), sections.value(), questions.value(),
                new TemplateData.ConflictRule(coiCity.getValue(), coiCountry.getValue()));
    }

    private void save() {
        try {
            templates.update(programmeId, edited());
            build(templates.forEditing(programmeId));
            Notifications.success(getTranslation("plan.template.saved"));
        } catch (TemplateValidationException e) {
            Notifications.error(getTranslation(e.getKey(), e.getArgs()));
        } catch (TemplateConflictException e) {
            showConflict(e.getSavedBy(), e.getSavedAt());
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // two saves in the very same moment: the database noticed
            showConflict(null, null);
        }
    }

    /** Nothing was saved and the form keeps the person's changes; they choose when to load the other version. */
    private void showConflict(String who, Instant when) {
        conflict.removeAll();
        String text = who == null ? getTranslation("plan.template.conflict.someone")
                : getTranslation("plan.template.conflict", who, PlanFormat.dateTime(when, getLocale()));
        Button reload = new Button(getTranslation("plan.template.conflict.reload"), e -> build(templates.forEditing(programmeId)));
        reload.setId("template-reload");
        conflict.add(new Paragraph(text), reload);
        conflict.setVisible(true);
        conflict.scrollIntoView();
    }

    private boolean hasUnsavedChanges() {
        return loaded != null && sections != null && !Normalised.of(edited()).equals(Normalised.of(loaded));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog d = new ConfirmDialog(getTranslation("plan.leave.title"), getTranslation("plan.template.leave.text"),
                getTranslation("plan.leave.confirm"), e -> action.proceed());
        d.setCancelable(true);
        d.setCancelText(getTranslation("plan.leave.stay"));
        d.open();
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }

    /** The form's content compared the way the service stores it (trimmed texts, no guidance on left-out sections). */
    private record Normalised(List<Object> sections, List<Object> questions, TemplateData.ConflictRule conflictRule) {
        static Normalised of(TemplateData d) {
            return new Normalised(d.sections().stream().<Object>map(s -> {
                boolean included = s.included() || s.required();
                return List.of(s.kind(), included, s.required(),
                        included ? Optional.ofNullable(s.guidance()).map(String::strip).orElse("") : "");
            }).toList(), d.questions().stream().<Object>map(q -> Arrays.asList(q.id(),
                    q.text() == null ? "" : q.text().strip(), q.scaleMin(), q.scaleMax())).toList(), d.conflictRule());
        }
    }
}
