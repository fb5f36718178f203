package org.citypeers.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.Notifications;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.practice.BudgetRange;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeAttachmentService;
import org.citypeers.practice.PracticeData;
import org.citypeers.practice.PracticeRoutes;
import org.citypeers.practice.PracticeService;
import org.citypeers.practice.ThemeInfo;
import org.citypeers.practice.ThemeService;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Creates a practice (coordinators for their city, admins for any) or edits a draft / returned one. */
@Route("practices/:practiceId(\\d+|new)/edit")
@RolesAllowed({Roles.ADMIN, Roles.CITY_COORDINATOR})
class PracticeEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeService practices;
    private final CityService cities;
    private final PracticeAttachmentService files;
    private final ThemeService themes;
    private final Binder<PracticeForm> binder = new Binder<>();
    private final H1 heading = new H1();
    private final ComboBox<City> city = new ComboBox<>();
    private final TextField cityName = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final AdaptationsEditor adaptations = new AdaptationsEditor();
    private final VerticalLayout filesBox = new VerticalLayout();
    private Long id;
    private long version;

    private final org.citypeers.security.CurrentUser currentUser;

    PracticeEditView(PracticeService practices, CityService cities, ProgrammeService programmes, ThemeService themes,
                     PracticeAttachmentService files, org.citypeers.security.CurrentUser currentUser) {
        this.practices = practices;
        this.currentUser = currentUser;
        this.cities = cities;
        this.files = files;
        this.themes = themes;
        addClassName("cp-page");
        String required = getTranslation("validation.required");

        TextField title = new TextField(getTranslation("practice.title"));
        title.setId("practice-title-field");
        title.setMaxLength(GoodPractice.TITLE_MAX);
        TextArea summary = area("practice.summary", GoodPractice.SUMMARY_MAX, "practice-summary-field");
        TextArea description = area("practice.description", GoodPractice.DESCRIPTION_MAX, "practice-description-field");
        description.setMinHeight("12em");

        city.setLabel(getTranslation("practice.city"));
        city.setId("practice-city-field");
        city.setItemLabelGenerator(c -> c.getName() + " (" + c.getCountry() + ")");
        cityName.setLabel(getTranslation("practice.cityName"));
        cityName.setMaxLength(GoodPractice.CITY_NAME_MAX);
        country.setLabel(getTranslation("practice.country"));
        country.setItems(Arrays.asList(Locale.getISOCountries()));
        country.setItemLabelGenerator(c -> PracticeFormat.country(c, getLocale()) + " (" + c + ")");
        IntegerField population = new IntegerField(getTranslation("practice.population"));
        population.setMin(0);
        population.setMax(50_000_000);

        ComboBox<Programme> programme = new ComboBox<>(getTranslation("practice.programme"));
        programme.setItems(programmes.findAll());
        programme.setItemLabelGenerator(Programme::getShortName);
        programme.setClearButtonVisible(true);
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("practice.language"));
        List<String> langs = new ArrayList<>();
        langs.add("");
        langs.addAll(Languages.CONTENT);
        language.setItems(langs);
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("practice.language.auto") : Languages.displayName(l));
        MultiSelectComboBox<String> themeBox = new MultiSelectComboBox<>(getTranslation("practice.themes"));
        themeBox.setId("practice-themes-field");
        String uiLang = PracticeFormat.lang(this);
        themeBox.setItems(themes.all().stream().map(ThemeInfo::code).toList());
        themeBox.setItemLabelGenerator(c -> themes.label(c, uiLang));

        TextArea targetGroups = lines("practice.targetGroups", GoodPractice.LIST_MAX);
        TextArea stakeholders = lines("practice.stakeholders", GoodPractice.LIST_MAX);
        Select<BudgetRange> budget = new Select<>();
        budget.setLabel(getTranslation("practice.budget"));
        budget.setItems(BudgetRange.values());
        budget.setItemLabelGenerator(b -> b == null ? "" : getTranslation("practice.budget." + b));
        budget.setEmptySelectionAllowed(true);
        TextField staff = new TextField(getTranslation("practice.staff"));
        staff.setMaxLength(GoodPractice.STAFF_MAX);
        TextArea results = area("practice.results", GoodPractice.LONG_TEXT_MAX, "practice-results-field");
        TextArea transferability = area("practice.transferability", GoodPractice.LONG_TEXT_MAX, "practice-transferability-field");
        TextField contact = new TextField(getTranslation("practice.contact"));
        contact.setMaxLength(GoodPractice.CONTACT_MAX);
        TextArea links = lines("practice.links", GoodPractice.LINKS_MAX);
        links.setHelperText(getTranslation("practice.linksHelp"));
        IntegerField year = new IntegerField(getTranslation("practice.year"));
        year.setMin(1900);
        year.setMax(2100);
        TextField url = new TextField(getTranslation("practice.url"));
        url.setMaxLength(GoodPractice.URL_MAX);

        binder.forField(title).asRequired(required).bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(summary).asRequired(required).bind(f -> f.summary, (f, v) -> f.summary = v);
        binder.forField(description).bind(f -> f.description, (f, v) -> f.description = v);
        binder.forField(city).bind(f -> f.city, (f, v) -> f.city = v);
        binder.forField(cityName).withValidator(v -> city.getValue() != null || !v.isBlank(), required)
                .bind(f -> f.cityName, (f, v) -> f.cityName = v);
        binder.forField(country).withValidator(v -> city.getValue() != null || v != null, required)
                .bind(f -> f.country, (f, v) -> f.country = v);
        binder.forField(population).withValidator(v -> v == null || (v >= 0 && v <= 50_000_000),
                getTranslation("validation.range", 0, "50 000 000")).bind(f -> f.population, (f, v) -> f.population = v);
        binder.forField(programme).bind(f -> f.programme, (f, v) -> f.programme = v);
        binder.forField(language).bind(f -> f.language, (f, v) -> f.language = v);
        binder.forField(themeBox).bind(f -> f.themes, (f, v) -> f.themes = new HashSet<>(v));
        binder.forField(targetGroups).bind(f -> f.targetGroups, (f, v) -> f.targetGroups = v);
        binder.forField(stakeholders).bind(f -> f.stakeholders, (f, v) -> f.stakeholders = v);
        binder.forField(budget).bind(f -> f.budget, (f, v) -> f.budget = v);
        binder.forField(staff).bind(f -> f.staff, (f, v) -> f.staff = v);
        binder.forField(results).bind(f -> f.results, (f, v) -> f.results = v);
        binder.forField(transferability).bind(f -> f.transferability, (f, v) -> f.transferability = v);
        binder.forField(contact).bind(f -> f.contact, (f, v) -> f.contact = v);
        binder.forField(links).withValidator(PracticeForm::linksValid, getTranslation("practice.linksHelp"))
                .bind(f -> f.links, (f, v) -> f.links = v);
        binder.forField(year).withValidator(v -> v == null || (v >= 1900 && v <= 2100), getTranslation("validation.range", 1900, 2100))
                .bind(f -> f.year, (f, v) -> f.year = v);
        binder.forField(url).withValidator(v -> v.isBlank() || PracticeForm.isWebAddress(v), getTranslation("practice.linksHelp"))
                .bind(f -> f.url, (f, v) -> f.url = v);
        city.addValueChangeListener(e -> {
            cityName.setVisible(e.getValue() == null);
            country.setVisible(e.getValue() == null);
        });

        FormLayout form = new FormLayout(title, summary, description, city, cityName, country, population, programme, language,
                themeBox, year, url, targetGroups, stakeholders, budget, staff, results, transferability, contact, links);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        for (com.vaadin.flow.component.Component wide : List.<com.vaadin.flow.component.Component>of(title, summary, description,
                themeBox, results, transferability)) {
            form.setColspan(wide, 2);
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-practice");
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(id == null ? PracticeRoutes.MINE : PracticeRoutes.details(id))));
        filesBox.setPadding(false);
        add(heading, form, adaptations, filesBox, new HorizontalLayout(save, cancel));
    }

    private TextArea area(String key, int max, String id) {
        TextArea a = new TextArea(getTranslation(key));
        a.setMaxLength(max);
        a.setMinHeight("6em");
        a.setId(id);
        return a;
    }

    private TextArea lines(String key, int max) {
        TextArea a = new TextArea(getTranslation(key));
        a.setMaxLength(max);
        a.setHelperText(getTranslation("practice.listHelp"));
        return a;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("practiceId").orElse("");
        boolean admin = currentUser.hasRole(Roles.ADMIN);
        PracticeForm f = new PracticeForm();
        filesBox.removeAll();
        if ("new".equals(param)) {
            if (!practices.canCreate()) {
                throw new AccessDeniedException("Only coordinators of a city and admins create practices.");
            }
            id = null;
            heading.setText(getTranslation("practice.new"));
            cities.findMine().ifPresent(c -> f.city = c);
        } else {
            id = RouteIds.require(event, "practiceId").orElse(null);
            if (id == null) {
                return;
            }
            GoodPractice p = practices.get(id);
            if (!practices.actions(id).edit()) {
                throw new AccessDeniedException("This practice cannot be edited now.");
            }
            version = p.getVersion();
            heading.setText(getTranslation("practice.edit.title", p.getTitle()));
            f.read(p);
            adaptations.setValue(PracticeForm.adaptationsOf(p));
            filesBox.add(new PracticeFilesSection(files, id, true));
        }
        List<City> choices = admin ? cities.findAll() : cities.findMine().stream().toList();
        city.setItems(choices);
        city.setReadOnly(!admin);
        city.setClearButtonVisible(admin);
        binder.readBean(f);
        cityName.setVisible(f.city == null);
        country.setVisible(f.city == null);
    }

    private void save() {
        PracticeForm f = new PracticeForm();
        if (!binder.writeBeanIfValid(f)) {
            return;
        }
        PracticeData data = f.toData(adaptations.getValue());
        try {
            GoodPractice saved = id == null ? practices.create(data) : practices.update(id, version, data);
            Notifications.success(getTranslation("practice.saved", getTranslation("practice.status." + saved.getStatus())));
            getUI().ifPresent(ui -> ui.navigate(PracticeRoutes.details(saved.getId())));
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.conflict"));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.denied"));
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | CityPeers";
    }
}
