package org.citypeers.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.citypeers.city.City;
import org.citypeers.city.CityPageSection;
import org.citypeers.practice.ThemeService;
import org.citypeers.search.PracticeHit;
import org.citypeers.search.SearchService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The city page's "recommended practices" (for its challenges) and "peer cities" sections. */
@Configuration(proxyBeanMethods = false)
class CitySections {

    static final int PRACTICES = 5;
    static final int PEERS = 5;

    @Bean
    CityPageSection recommendedPracticesSection(SearchService search, ThemeService themes) {
        return new CityPageSection() {
            @Override
            public int order() {
                return 60;
            }

            @Override
            public Optional<Component> create(City city) {
                String lang = UI.getCurrent() == null ? "en" : UI.getCurrent().getLocale().getLanguage();
                List<PracticeHit> hits = search.recommendationsFor(city.getId(), lang, PRACTICES);
                if (hits.isEmpty()) {
                    return Optional.empty();
                }
                Div section = new Div();
                section.setId("recommended-practices");
                section.add(new H2(section.getTranslation("search.recommended")));
                hits.forEach(h -> section.add(HitCard.of(section, h, true, c -> themes.label(c, lang))));
                return Optional.of(section);
            }
        };
    }

    @Bean
    CityPageSection peerCitiesSection(SearchService search) {
        return new CityPageSection() {
            @Override
            public int order() {
                return 61;
            }

            @Override
            public Optional<Component> create(City city) {
                List<SearchService.PeerCity> peers = search.peerCities(city.getId(), PEERS);
                if (peers.isEmpty()) {
                    return Optional.empty();
                }
                Div section = new Div();
                section.setId("peer-cities");
                section.add(new H2(section.getTranslation("search.peers")));
                for (SearchService.PeerCity p : peers) {
                    Div row = new Div(new Anchor("cities/" + p.id(), p.name()),
                            new Span(" (" + p.country() + ") · " + section.getTranslation("search.peers.similarity",
                                    Math.round(p.similarity() * 100))));
                    row.addClassName("cp-peer");
                    section.add(row);
                }
                return Optional.of(section);
            }
        };
    }
}
