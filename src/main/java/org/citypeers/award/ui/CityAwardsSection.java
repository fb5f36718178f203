package org.citypeers.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.citypeers.award.Award;
import org.citypeers.award.AwardRoutes;
import org.citypeers.award.AwardService;
import org.citypeers.city.City;
import org.citypeers.city.CityPageSection;

/** The awards a city holds, on its page (nothing when it holds none). */
@org.springframework.stereotype.Component
class CityAwardsSection implements CityPageSection {

    private final AwardService awards;

    CityAwardsSection(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Optional<Component> create(City city) {
        List<Award> list = awards.awardsOfCity(city.getId());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("city-awards");
        section.setWidthFull();
        section.add(new H2(section.getTranslation("award.city.title")));
        UnorderedList ul = new UnorderedList();
        list.forEach(a -> ul.add(new ListItem(new Anchor(AwardRoutes.award(a.getId()), a.fullTitle()))));
        section.add(ul);
        return Optional.of(section);
    }
}
