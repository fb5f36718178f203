package org.citypeers.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citypeers.practice.PracticePageSection;
import org.citypeers.practice.PracticeSnapshot;
import org.citypeers.practice.ThemeService;
import org.citypeers.search.PracticeHit;
import org.citypeers.search.SearchService;

/** "Similar practices" on a published practice's page: practices answering the same needs, any language. */
@org.springframework.stereotype.Component
class SimilarPracticesSection implements PracticePageSection {

    static final int COUNT = 5;

    private final SearchService search;
    private final ThemeService themes;

    SimilarPracticesSection(SearchService search, ThemeService themes) {
        this.search = search;
        this.themes = themes;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create(PracticeSnapshot practice) {
        if (!practice.published()) {
            return Optional.empty();
        }
        String lang = UI.getCurrent() == null ? "en" : UI.getCurrent().getLocale().getLanguage();
        List<PracticeHit> hits = search.similar(practice.id(), lang, COUNT);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("similar-practices");
        section.add(new H2(section.getTranslation("search.similar")));
        hits.forEach(h -> section.add(HitCard.of(section, h, true, c -> themes.label(c, lang))));
        return Optional.of(section);
    }
}
