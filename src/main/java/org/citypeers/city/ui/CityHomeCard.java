package org.citypeers.city.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.citypeers.base.ui.Cards;
import org.citypeers.base.ui.HomeContribution;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;

/** For a coordinator: their city, and a nudge when its challenges are not described yet (matching needs them). */
@org.springframework.stereotype.Component
class CityHomeCard implements HomeContribution {

    private final CityService cities;
    private final CurrentUser currentUser;

    CityHomeCard(CityService cities, CurrentUser currentUser) {
        this.cities = cities;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        if (!currentUser.hasRole(Roles.CITY_COORDINATOR)) {
            return Optional.empty();
        }
        Div probe = new Div();
        Optional<City> mine = cities.findMine();
        if (mine.isEmpty()) {
            return Optional.of(Cards.card(probe.getTranslation("home.myCity"), Cards.empty(probe.getTranslation("home.myCity.none"))));
        }
        City c = mine.get();
        Div card = Cards.card(probe.getTranslation("home.myCity"), new Anchor("cities/" + c.getId(), c.getName()));
        if (c.getChallenges() == null || c.getChallenges().isBlank()) {
            card.add(new Paragraph(probe.getTranslation("home.myCity.describe")),
                    new Anchor("cities/" + c.getId() + "/edit", probe.getTranslation("home.myCity.edit")));
        }
        card.setId("home-my-city");
        return Optional.of(card);
    }
}
