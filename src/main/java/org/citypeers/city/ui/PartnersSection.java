package org.citypeers.city.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citypeers.city.CityService;
import org.citypeers.city.Partnership;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammePageSection;
import org.citypeers.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The partners on a programme's page (public: partnerships are published facts of a programme). */
@Component
class PartnersSection implements ProgrammePageSection {

    private final CityService cities;
    private final CurrentUser currentUser;

    PartnersSection(CityService cities, CurrentUser currentUser) {
        this.cities = cities;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(Programme programme) {
        Div section = new Div();
        section.setWidthFull();
        section.add(new H2(section.getTranslation("programme.partners")));
        List<Partnership> partners = cities.partnersOf(programme.getId());
        if (partners.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("programme.partners.empty")));
            return Optional.of(section);
        }
        boolean signedIn = currentUser.get().isPresent();
        Grid<Partnership> grid = new Grid<>();
        grid.setId("partners-grid");
        grid.addComponentColumn(p -> signedIn
                        ? (com.vaadin.flow.component.Component) new com.vaadin.flow.component.html.Anchor("cities/" + p.getCity().getId(), p.getCity().getName())
                        : new com.vaadin.flow.component.html.Span(p.getCity().getName()))
                .setHeader(section.getTranslation("city.name")).setFlexGrow(2);
        grid.addColumn(p -> new Locale("", p.getCity().getCountry()).getDisplayCountry(com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .setHeader(section.getTranslation("city.country"));
        grid.addColumn(p -> section.getTranslation("partnership.role." + p.getRole())).setHeader(section.getTranslation("partnership.role"));
        grid.setItems(partners);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return Optional.of(section);
    }
}
