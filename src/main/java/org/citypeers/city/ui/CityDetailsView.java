package org.citypeers.city.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
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
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.city.City;
import org.citypeers.city.CityPageSection;
import org.citypeers.city.CityService;
import org.citypeers.city.Partnership;

/** A city's profile: facts, challenges, assets, the programmes it takes part in, and sections from other features. */
@Route("cities/:cityId")
@PermitAll
class CityDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CityService cities;
    private final List<CityPageSection> sections;
    private String title = "";

    CityDetailsView(CityService cities, List<CityPageSection> sections) {
        this.cities = cities;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CityPageSection::order)).toList();
        addClassName("cp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.require(event, "cityId").ifPresent(id -> show(cities.get(id)));
    }

    private void show(City c) {
        removeAll();
        title = c.getName();
        add(new H1(c.getName()));
        if (cities.canEdit(c.getId())) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("cities/" + c.getId() + "/edit")));
            edit.setId("edit-city");
            add(edit);
        }
        String facts = String.join(" · ", java.util.stream.Stream.of(
                getTranslation("city.kind." + c.getKind()),
                new Locale("", c.getCountry()).getDisplayCountry(getLocale()),
                c.getRegion(),
                c.getPopulation() == null ? null : getTranslation("city.inhabitants", String.format(getLocale(), "%,d", c.getPopulation())),
                c.getLanguages().isEmpty() ? null : String.join(", ", c.getLanguages().stream().map(Languages::displayName).toList()))
                .filter(s -> s != null && !s.isBlank()).toList());
        add(new Paragraph(facts));
        text("city.profile", c.getProfile());
        text("city.challenges", c.getChallenges());
        text("city.assets", c.getAssets());

        add(new H2(getTranslation("city.programmes")));
        List<Partnership> ps = cities.programmesOf(c.getId());
        if (ps.isEmpty()) {
            add(new Paragraph(getTranslation("city.programmes.empty")));
        }
        for (Partnership p : ps) {
            Paragraph row = new Paragraph(new Anchor("programmes/" + p.getProgramme().getId(), p.getProgramme().getName()),
                    new Span(" — " + getTranslation("partnership.role." + p.getRole())));
            add(row);
        }
        sections.forEach(s -> s.create(c).ifPresent(this::add));
    }

    private void text(String key, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph p = new Paragraph(value);
            p.getStyle().set("white-space", "pre-line");
            add(new H2(getTranslation(key)), p);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }
}
