package org.citypeers.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.Notifications;
import org.citypeers.practice.ThemeService;
import org.citypeers.search.SearchService;

/**
 * "Find practices for my challenge": a free text in any supported language (given or detected), answered
 * with the best practices in every language and why each one matched.
 */
@Route(MatchView.ROUTE)
@AnonymousAllowed
class MatchView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "practices/match";
    static final String AUTO = "";
    static final int RESULTS = 10;

    MatchView(SearchService search, ThemeService themes) {
        addClassName("cp-page");
        TextArea text = new TextArea(getTranslation("search.match.text"));
        text.setPlaceholder(getTranslation("search.match.placeholder"));
        text.setMaxLength(SearchService.MAX_MATCH_TEXT);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setId("match-text");

        Select<String> language = new Select<>();
        language.setLabel(getTranslation("search.match.language"));
        List<String> codes = new ArrayList<>();
        codes.add(AUTO);
        codes.addAll(Languages.CONTENT);
        language.setItems(codes);
        language.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("search.match.language.auto") : Languages.displayName(c));
        language.setValue(AUTO);
        language.setId("match-language");

        Div results = new Div();
        results.setId("match-results");
        results.setWidthFull();
        Span info = new Span();
        info.setId("match-info");
        info.addClassName("cp-muted");

        Button find = new Button(getTranslation("search.match.find"), e -> {
            results.removeAll();
            try {
                SearchService.MatchResult r = search.match(text.getValue(), language.getValue(),
                        getLocale().getLanguage(), RESULTS);
                info.setText(getTranslation(r.languageDetected() ? "search.match.read.detected" : "search.match.read",
                        Languages.displayName(r.language())));
                if (r.hits().isEmpty()) {
                    Div empty = new Div(new Span(getTranslation("search.empty")));
                    empty.addClassName("cp-empty");
                    results.add(empty);
                }
                r.hits().forEach(h -> results.add(HitCard.of(this, h, true, c -> themes.label(c, getLocale().getLanguage()))));
            } catch (IllegalArgumentException ex) {
                info.setText("");
                Notifications.error(ex.getMessage());
            }
        });
        find.addThemeVariants(ButtonVariant.PRIMARY);
        find.setId("match-find");
        HorizontalLayout row = new HorizontalLayout(language, find);
        row.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("search.match.title")), new Paragraph(getTranslation("search.match.intro")), text, row,
                info, results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.match.title") + " | CityPeers";
    }
}
