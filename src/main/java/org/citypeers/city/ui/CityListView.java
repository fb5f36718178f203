package org.citypeers.city.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.citypeers.city.City;
import org.citypeers.city.CityService;

/** Cities and partner organisations, filterable by name, country or region. */
@Route("cities")
@PermitAll
class CityListView extends VerticalLayout implements HasDynamicTitle {

    CityListView(CityService cities) {
        addClassName("cp-page");
        setHeightFull();
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("cities.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setMaxLength(100);
        filter.setId("city-filter");

        Grid<City> grid = new Grid<>();
        grid.addComponentColumn(c -> new Anchor("cities/" + c.getId(), c.getName())).setHeader(getTranslation("city.name"))
                .setFlexGrow(2).setComparator(City::getName);
        grid.addColumn(c -> new Locale("", c.getCountry()).getDisplayCountry(getLocale())).setHeader(getTranslation("city.country"))
                .setSortable(true);
        grid.addColumn(c -> c.getPopulation() == null ? "" : String.format(getLocale(), "%,d", c.getPopulation()))
                .setHeader(getTranslation("city.population")).setComparator(c -> c.getPopulation() == null ? 0 : c.getPopulation());
        grid.addColumn(c -> getTranslation("city.kind." + c.getKind())).setHeader(getTranslation("city.kind"));
        ListDataProvider<City> data = new ListDataProvider<>(cities.findAll());
        grid.setDataProvider(data);
        grid.setEmptyStateText(getTranslation("cities.empty"));
        filter.addValueChangeListener(e -> {
            String q = e.getValue().trim().toLowerCase(Locale.ROOT);
            data.setFilter(c -> q.isEmpty() || c.getName().toLowerCase(Locale.ROOT).contains(q)
                    || c.getCountry().equalsIgnoreCase(q)
                    || (c.getRegion() != null && c.getRegion().toLowerCase(Locale.ROOT).contains(q)));
        });
        add(new H1(getTranslation("cities.title")), filter, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cities.title") + " | CityPeers";
    }
}
