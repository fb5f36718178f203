package org.citypeers.city.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
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
import java.util.Set;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.Notifications;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.city.CityService.CityData;
import org.citypeers.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Creates a city (admins, managers) or edits its profile (admins, the city's coordinators). */
@Route("cities/:cityId/edit")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.CITY_COORDINATOR})
class CityEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static class Form {
        String name = "";
        City.Kind kind = City.Kind.CITY;
        String country;
        Integer population;
        String region = "";
        Double latitude;
        Double longitude;
        Set<String> languages = new HashSet<>();
        boolean capital;
        String profile = "";
        String challenges = "";
        String assets = "";
    }

    private final CityService cities;
    private final Binder<Form> binder = new Binder<>();
    private final H1 heading = new H1();
    private Long id;
    private long version;

    CityEditView(CityService cities) {
        this.cities = cities;
        addClassName("cp-page");
        TextField name = new TextField(getTranslation("city.name"));
        name.setMaxLength(City.NAME_MAX);
        name.setId("city-name");
        Select<City.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("city.kind"));
        kind.setItems(City.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("city.kind." + k));
        ComboBox<String> country = new ComboBox<>(getTranslation("city.country"));
        List<String> codes = new ArrayList<>(Arrays.asList(Locale.getISOCountries()));
        country.setItems(codes);
        country.setItemLabelGenerator(c -> new Locale("", c).getDisplayCountry(getLocale()) + " (" + c + ")");
        IntegerField population = new IntegerField(getTranslation("city.population"));
        population.setMin(0);
        population.setMax(50_000_000);
        TextField region = new TextField(getTranslation("city.region"));
        region.setMaxLength(City.REGION_MAX);
        NumberField lat = new NumberField(getTranslation("city.latitude"));
        lat.setMin(-90);
        lat.setMax(90);
        NumberField lon = new NumberField(getTranslation("city.longitude"));
        lon.setMin(-180);
        lon.setMax(180);
        MultiSelectComboBox<String> langs = new MultiSelectComboBox<>(getTranslation("city.languages"));
        langs.setItems(Languages.CONTENT);
        langs.setItemLabelGenerator(Languages::displayName);
        Checkbox capital = new Checkbox(getTranslation("city.capital"));
        TextArea profile = area("city.profile");
        TextArea challenges = area("city.challenges");
        challenges.setHelperText(getTranslation("city.challenges.help"));
        challenges.setId("city-challenges");
        TextArea assets = area("city.assets");

        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(required).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(kind).asRequired(required).bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(country).asRequired(required).bind(f -> f.country, (f, v) -> f.country = v);
        binder.forField(population)
                .withValidator(v -> v == null || (v >= 0 && v <= 50_000_000), getTranslation("validation.range", 0, "50 000 000"))
                .bind(f -> f.population, (f, v) -> f.population = v);
        binder.forField(region).bind(f -> f.region, (f, v) -> f.region = v);
        binder.forField(lat).withValidator(v -> v == null || (v >= -90 && v <= 90), getTranslation("validation.range", -90, 90))
                .bind(f -> f.latitude, (f, v) -> f.latitude = v);
        binder.forField(lon).withValidator(v -> v == null || (v >= -180 && v <= 180), getTranslation("validation.range", -180, 180))
                .bind(f -> f.longitude, (f, v) -> f.longitude = v);
        binder.forField(langs).bind(f -> f.languages, (f, v) -> f.languages = new HashSet<>(v));
        binder.forField(capital).bind(f -> f.capital, (f, v) -> f.capital = v);
        binder.forField(profile).bind(f -> f.profile, (f, v) -> f.profile = v);
        binder.forField(challenges).bind(f -> f.challenges, (f, v) -> f.challenges = v);
        binder.forField(assets).bind(f -> f.assets, (f, v) -> f.assets = v);

        FormLayout form = new FormLayout(name, kind, country, region, population, langs, lat, lon, capital, profile, challenges, assets);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(profile, 2);
        form.setColspan(challenges, 2);
        form.setColspan(assets, 2);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-city");
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(id == null ? "cities" : "cities/" + id)));
        add(heading, form, new HorizontalLayout(save, cancel));
    }

    private TextArea area(String key) {
        TextArea a = new TextArea(getTranslation(key));
        a.setMaxLength(City.TEXT_MAX);
        a.setMinHeight("6em");
        return a;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("cityId").orElse("");
        Form f = new Form();
        if ("new".equals(param)) {
            id = null;
            heading.setText(getTranslation("cities.new"));
        } else {
            id = RouteIds.require(event, "cityId").orElse(null);
            if (id == null) {
                return;
            }
            if (!cities.canEdit(id)) {
                throw new org.springframework.security.access.AccessDeniedException("Not your city");
            }
            City c = cities.get(id);
            version = c.getVersion();
            heading.setText(c.getName());
            f.name = c.getName();
            f.kind = c.getKind();
            f.country = c.getCountry();
            f.population = c.getPopulation();
            f.region = c.getRegion() == null ? "" : c.getRegion();
            f.latitude = c.getLatitude();
            f.longitude = c.getLongitude();
            f.languages = new HashSet<>(c.getLanguages());
            f.capital = c.isCapital();
            f.profile = nz(c.getProfile());
            f.challenges = nz(c.getChallenges());
            f.assets = nz(c.getAssets());
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
        CityData data = new CityData(f.name, f.kind, f.country, f.population, f.region, f.latitude, f.longitude, langs,
                f.capital, f.profile, f.challenges, f.assets);
        try {
            City saved = id == null ? cities.create(data) : cities.update(id, version, data);
            Notifications.success(getTranslation("action.saved"));
            getUI().ifPresent(ui -> ui.navigate("cities/" + saved.getId()));
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.conflict"));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | CityPeers";
    }
}
