package org.citypeers.city.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citypeers.base.ui.Confirm;
import org.citypeers.base.ui.Notifications;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.city.Partnership;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammePageSection;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The partners on a programme's page (public: partnerships are published facts of a programme);
 * the programme's managers add and remove partners here.
 */
@Component
class PartnersSection implements ProgrammePageSection {

    private final CityService cities;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    PartnersSection(CityService cities, ProgrammeService programmes, CurrentUser currentUser) {
        this.cities = cities;
        this.programmes = programmes;
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
        fill(section, programme);
        return Optional.of(section);
    }

    private void fill(Div section, Programme programme) {
        section.removeAll();
        section.add(new H2(section.getTranslation("programme.partners")));
        boolean manager = programmes.canManage(programme.getId());
        List<Partnership> partners = cities.partnersOf(programme.getId());
        if (partners.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("programme.partners.empty")));
        } else {
            boolean signedIn = currentUser.get().isPresent();
            Locale locale = UI.getCurrent().getLocale();
            Grid<Partnership> grid = new Grid<>();
            grid.setId("partners-grid");
            grid.addComponentColumn(p -> signedIn
                            ? new Anchor("cities/" + p.getCity().getId(), p.getCity().getName())
                            : new Span(p.getCity().getName()))
                    .setHeader(section.getTranslation("city.name")).setFlexGrow(2);
            grid.addColumn(p -> new Locale("", p.getCity().getCountry()).getDisplayCountry(locale))
                    .setHeader(section.getTranslation("city.country"));
            grid.addColumn(p -> section.getTranslation("partnership.role." + p.getRole())).setHeader(section.getTranslation("partnership.role"));
            if (manager) {
                grid.addComponentColumn(p -> {
                    Button remove = new Button(VaadinIcon.TRASH.create(), e -> Confirm.ask(
                            section.getTranslation("partners.remove.title"),
                            section.getTranslation("partners.remove.text", p.getCity().getName()),
                            section.getTranslation("action.delete"), () -> {
                                cities.removePartner(p.getId());
                                fill(section, programme);
                            }));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(section.getTranslation("partners.remove.title") + ": " + p.getCity().getName());
                    return remove;
                }).setFlexGrow(0).setWidth("5em");
            }
            grid.setItems(partners);
            grid.setAllRowsVisible(true);
            section.add(grid);
        }
        if (manager) {
            section.add(addForm(section, programme, partners));
        }
    }

    private FlexLayout addForm(Div section, Programme programme, List<Partnership> partners) {
        Set<Long> already = partners.stream().map(p -> p.getCity().getId()).collect(Collectors.toSet());
        ComboBox<City> city = new ComboBox<>(section.getTranslation("partners.add.city"));
        city.setItems(cities.findAll().stream().filter(c -> !already.contains(c.getId())).toList());
        city.setItemLabelGenerator(c -> c.getName() + " (" + c.getCountry() + ")");
        city.setId("partner-city");
        Select<Partnership.Role> role = new Select<>();
        role.setLabel(section.getTranslation("partnership.role"));
        role.setItems(Partnership.Role.values());
        role.setItemLabelGenerator(r -> section.getTranslation("partnership.role." + r));
        role.setValue(Partnership.Role.PARTNER);
        Button add = new Button(section.getTranslation("partners.add"), VaadinIcon.PLUS.create(), e -> {
            if (city.getValue() == null) {
                city.setInvalid(true);
                city.setErrorMessage(section.getTranslation("validation.required"));
                return;
            }
            try {
                cities.addPartner(programme.getId(), city.getValue().getId(), role.getValue());
                Notifications.success(section.getTranslation("action.saved"));
                fill(section, programme);
            } catch (IllegalArgumentException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        add.setId("add-partner");
        FlexLayout row = new FlexLayout(city, role, add);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }
}
