package org.citypeers.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.DoubleRangeValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.citypeers.award.AwardRoutes;
import org.citypeers.award.AwardRules;
import org.citypeers.award.AwardRulesService;
import org.citypeers.award.AwardRulesService.RulesData;
import org.citypeers.base.ui.Notifications;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The programme's award rules as a form with a message under each field that needs attention. */
@Route("programmes/:programmeId/award-rules")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
class AwardRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The form's bean. */
    static class Form {
        String title = "";
        Integer year;
        boolean requireSections = true;
        Integer minReviews;
        Double minScore;
        Integer maxPerCountry;
        Integer juryPlaces;
        boolean excludeCapitals;
        Set<City> excluded = new HashSet<>();
    }

    private final AwardRulesService rules;
    private final ProgrammeService programmes;
    private final CityService cities;
    private final Binder<Form> binder = new Binder<>();
    private final H1 heading = new H1();
    private final Paragraph preview = new Paragraph();
    private final MultiSelectComboBox<City> excluded = new MultiSelectComboBox<>();
    private final TextField title = new TextField();
    private final IntegerField year = new IntegerField();
    private Long programmeId;
    private Long version;

    AwardRulesView(AwardRulesService rules, ProgrammeService programmes, CityService cities) {
        this.rules = rules;
        this.programmes = programmes;
        this.cities = cities;
        addClassName("cp-page");

        title.setLabel(getTranslation("award.rules.awardTitle"));
        title.setMaxLength(AwardRules.TITLE_MAX);
        title.setId("rules-title");
        year.setLabel(getTranslation("award.rules.year"));
        year.setStepButtonsVisible(true);
        year.setId("rules-year");
        Checkbox requireSections = new Checkbox(getTranslation("award.rules.requireSections"));
        requireSections.setId("rules-require-sections");
        IntegerField minReviews = integer("award.rules.minReviews", 0, AwardRules.MAX_REVIEWS, "rules-min-reviews");
        NumberField minScore = new NumberField(getTranslation("award.rules.minScore"));
        minScore.setId("rules-min-score");
        IntegerField maxPerCountry = integer("award.rules.maxPerCountry", 0, AwardRules.MAX_PER_COUNTRY, "rules-max-per-country");
        IntegerField juryPlaces = integer("award.rules.juryPlaces", 0, AwardRules.MAX_JURY_PLACES, "rules-jury-places");
        Checkbox excludeCapitals = new Checkbox(getTranslation("award.rules.excludeCapitals"));
        excludeCapitals.setId("rules-exclude-capitals");
        excluded.setLabel(getTranslation("award.rules.excludedCities"));
        excluded.setItemLabelGenerator(c -> c.getName() + " (" + c.getCountry() + ")");
        excluded.setId("rules-excluded-cities");

        String required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(year).asRequired(required)
                .withValidator(new IntegerRangeValidator(range(AwardRules.MIN_YEAR, AwardRules.MAX_YEAR), AwardRules.MIN_YEAR, AwardRules.MAX_YEAR))
                .bind(f -> f.year, (f, v) -> f.year = v);
        binder.forField(requireSections).bind(f -> f.requireSections, (f, v) -> f.requireSections = v);
        binder.forField(minReviews).asRequired(required)
                .withValidator(new IntegerRangeValidator(range(0, AwardRules.MAX_REVIEWS), 0, AwardRules.MAX_REVIEWS))
                .bind(f -> f.minReviews, (f, v) -> f.minReviews = v);
        binder.forField(minScore).asRequired(required)
                .withValidator(new DoubleRangeValidator(range(0, 100), 0.0, 100.0))
                .bind(f -> f.minScore, (f, v) -> f.minScore = v);
        binder.forField(maxPerCountry).asRequired(required)
                .withValidator(new IntegerRangeValidator(range(0, AwardRules.MAX_PER_COUNTRY), 0, AwardRules.MAX_PER_COUNTRY))
                .bind(f -> f.maxPerCountry, (f, v) -> f.maxPerCountry = v);
        binder.forField(juryPlaces).asRequired(required)
                .withValidator(new IntegerRangeValidator(range(0, AwardRules.MAX_JURY_PLACES), 0, AwardRules.MAX_JURY_PLACES))
                .bind(f -> f.juryPlaces, (f, v) -> f.juryPlaces = v);
        binder.forField(excludeCapitals).bind(f -> f.excludeCapitals, (f, v) -> f.excludeCapitals = v);
        binder.forField(excluded).bind(f -> f.excluded, (f, v) -> f.excluded = new HashSet<>(v));
        title.addValueChangeListener(e -> updatePreview());
        year.addValueChangeListener(e -> updatePreview());

        FormLayout form = new FormLayout(title, year, minReviews, minScore, maxPerCountry, juryPlaces, requireSections,
                excludeCapitals, excluded);
        form.setColspan(excluded, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-rules");
        Button cancel = new Button(getTranslation("action.cancel"), e -> back());
        preview.setId("rules-preview");
        add(heading, new Paragraph(getTranslation("award.rules.intro")), form, preview, new HorizontalLayout(save, cancel));
    }

    private IntegerField integer(String key, int min, int max, String id) {
        // the range is checked by the binder (with our message), not by the field's own constraint
        IntegerField f = new IntegerField(getTranslation(key));
        f.setStepButtonsVisible(true);
        f.setId(id);
        return f;
    }

    private String range(int min, int max) {
        return getTranslation("validation.range", String.valueOf(min), String.valueOf(max));
    }

    private void updatePreview() {
        preview.setText(getTranslation("award.rules.preview",
                (title.getValue() == null ? "" : title.getValue().trim()) + " " + (year.getValue() == null ? "" : year.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        programmeId = RouteIds.require(event, "programmeId").orElse(null);
        if (programmeId == null) {
            return;
        }
        programmes.checkCanManage(programmeId);
        Programme p = programmes.get(programmeId);
        heading.setText(getTranslation("award.rules.title", p.getShortName()));
        List<City> all = cities.findAll().stream().filter(c -> c.getKind() == City.Kind.CITY).toList();
        excluded.setItems(all);
        AwardRules r = rules.find(programmeId).orElse(null);
        version = r == null ? null : r.getVersion();
        RulesData d = r == null ? rules.defaultsFor(programmeId)
                : new RulesData(r.getTitle(), r.getYear(), r.isRequireCompleteSections(), r.getMinReviews(), r.getMinScore(),
                        r.getMaxPerCountry(), r.getJuryPlaces(), r.isExcludeCapitals(), r.getExcludedCityIds());
        Form f = new Form();
        f.title = d.title();
        f.year = d.year();
        f.requireSections = d.requireCompleteSections();
        f.minReviews = d.minReviews();
        f.minScore = d.minScore();
        f.maxPerCountry = d.maxPerCountry();
        f.juryPlaces = d.juryPlaces();
        f.excludeCapitals = d.excludeCapitals();
        f.excluded = all.stream().filter(c -> d.excludedCityIds().contains(c.getId())).collect(Collectors.toSet());
        binder.readBean(f);
        updatePreview();
    }

    private void save() {
        Form f = new Form();
        if (!binder.writeBeanIfValid(f)) {
            return;
        }
        RulesData data = new RulesData(f.title, f.year, f.requireSections, f.minReviews, f.minScore, f.maxPerCountry,
                f.juryPlaces, f.excludeCapitals, f.excluded.stream().map(City::getId).collect(Collectors.toSet()));
        try {
            rules.save(programmeId, version, data);
            Notifications.success(getTranslation("action.saved"));
            getUI().ifPresent(ui -> ui.navigate(AwardRoutes.decisions(programmeId)));
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.conflict"));
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate("programmes/" + programmeId));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | CityPeers";
    }
}
