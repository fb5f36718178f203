package org.citypeers.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.Notifications;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.programme.ProgrammeService.ProgrammeData;
import org.citypeers.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Creates or edits a programme, with a message under each field that needs attention. */
@Route("programmes/:programmeId/edit")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
class ProgrammeEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The form's bean: mutable fields the binder writes to. */
    static class Form {
        String name = "";
        String shortName = "";
        String funder = "";
        String description = "";
        LocalDate startDate;
        LocalDate endDate;
        Set<String> languages = new HashSet<>();
        String awardTitle = "";
    }

    private final ProgrammeService programmes;
    private final Binder<Form> binder = new Binder<>();
    private final H1 heading = new H1();
    private final VerticalLayout structure = new VerticalLayout();
    private Long id;
    private long version;

    ProgrammeEditView(ProgrammeService programmes) {
        this.programmes = programmes;
        addClassName("cp-page");
        TextField name = new TextField(getTranslation("programme.name"));
        name.setMaxLength(Programme.NAME_MAX);
        name.setId("programme-name");
        TextField shortName = new TextField(getTranslation("programme.shortName"));
        shortName.setMaxLength(Programme.SHORT_NAME_MAX);
        shortName.setId("programme-short-name");
        TextField funder = new TextField(getTranslation("programme.funder"));
        funder.setMaxLength(Programme.FUNDER_MAX);
        DatePicker start = new DatePicker(getTranslation("programme.start"));
        DatePicker end = new DatePicker(getTranslation("programme.end"));
        MultiSelectComboBox<String> langs = new MultiSelectComboBox<>(getTranslation("programme.languages"));
        langs.setItems(Languages.CONTENT);
        langs.setItemLabelGenerator(Languages::displayName);
        TextField award = new TextField(getTranslation("programme.award"));
        award.setMaxLength(Programme.AWARD_TITLE_MAX);
        TextArea description = new TextArea(getTranslation("programme.description"));
        description.setMaxLength(Programme.DESCRIPTION_MAX);

        binder.forField(name).asRequired(getTranslation("validation.required"))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(shortName).asRequired(getTranslation("validation.required"))
                .bind(f -> f.shortName, (f, v) -> f.shortName = v);
        binder.forField(funder).bind(f -> f.funder, (f, v) -> f.funder = v);
        binder.forField(start).bind(f -> f.startDate, (f, v) -> f.startDate = v);
        binder.forField(end)
                .withValidator(v -> v == null || start.getValue() == null || !v.isBefore(start.getValue()),
                        getTranslation("programme.validation.endBeforeStart"))
                .bind(f -> f.endDate, (f, v) -> f.endDate = v);
        binder.forField(langs).bind(f -> f.languages, (f, v) -> f.languages = new HashSet<>(v));
        binder.forField(award).bind(f -> f.awardTitle, (f, v) -> f.awardTitle = v);
        binder.forField(description).bind(f -> f.description, (f, v) -> f.description = v);

        FormLayout form = new FormLayout(name, shortName, funder, award, start, end, langs, description);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-programme");
        Button cancel = new Button(getTranslation("action.cancel"), e -> back());
        structure.setPadding(false);
        add(heading, form, new HorizontalLayout(save, cancel), structure);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("programmeId").orElse("");
        Form f = new Form();
        if ("new".equals(param)) {
            id = null;
            heading.setText(getTranslation("programmes.new"));
        } else {
            id = RouteIds.require(event, "programmeId").orElse(null);
            if (id == null) {
                return;
            }
            programmes.checkCanManage(id);
            Programme p = programmes.get(id);
            version = p.getVersion();
            heading.setText(p.getName());
            f.name = p.getName();
            f.shortName = p.getShortName();
            f.funder = nz(p.getFunder());
            f.description = nz(p.getDescription());
            f.startDate = p.getStartDate();
            f.endDate = p.getEndDate();
            f.languages = new HashSet<>(p.getWorkingLanguages());
            f.awardTitle = nz(p.getAwardTitle());
            structure.removeAll();
            structure.add(new ProgrammeStructureEditor(p, this::saveStructure));
        }
        binder.readBean(f);
    }

    private void save() {
        Form f = new Form();
        if (!binder.writeBeanIfValid(f)) {
            return;
        }
        List<String> langs = new ArrayList<>(f.languages);
        langs.sort(null);
        ProgrammeData data = new ProgrammeData(f.name, f.shortName, f.funder, f.description, f.startDate, f.endDate, langs,
                f.awardTitle);
        try {
            Programme saved = id == null ? programmes.create(data) : programmes.update(id, version, data);
            Notifications.success(getTranslation("action.saved"));
            getUI().ifPresent(ui -> ui.navigate("programmes/" + saved.getId()));
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.conflict"));
        }
    }

    private void saveStructure(ProgrammeStructureEditor editor) {
        try {
            Programme saved = programmes.updateStructure(id, version, editor.phases(), editor.criteria());
            version = saved.getVersion();
            Notifications.success(getTranslation("action.saved"));
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.conflict"));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            Notifications.error(getTranslation("programme.criteria.inUse"));
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(id == null ? "programmes" : "programmes/" + id));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | CityPeers";
    }
}
