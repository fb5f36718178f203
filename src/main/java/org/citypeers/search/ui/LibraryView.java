package org.citypeers.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.Notifications;
import org.citypeers.practice.PracticeExporter;
import org.citypeers.practice.ThemeService;
import org.citypeers.search.PracticeQuery;
import org.citypeers.search.SearchPage;
import org.citypeers.search.SearchService;

/**
 * The good-practice library: a search box (any language), facets (theme, country, city size, programme,
 * language) with counts, sorting, paging, highlighted passages, and export of the filtered result.
 */
@Route("practices")
@AnonymousAllowed
class LibraryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE_SIZE = 10;
    static final int EXPORT_MAX = 5_000;

    private final SearchService search;
    private final ThemeService themes;
    private final TextField text = new TextField();
    private final Select<PracticeQuery.Order> order = new Select<>();
    private final Map<String, MultiSelectComboBox<String>> facets = new LinkedHashMap<>();
    private final Div results = new Div();
    private final Span summary = new Span();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Span pageInfo = new Span();
    private int page;
    private boolean updating;

    LibraryView(SearchService search, ThemeService themes, PracticeExporter exporter) {
        this.search = search;
        this.themes = themes;
        addClassName("cp-page");
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(PracticeQuery.MAX_TEXT);
        text.setWidthFull();
        text.setId("library-search");
        text.addValueChangeListener(e -> refresh(true));

        order.setLabel(getTranslation("search.sort"));
        order.setItems(PracticeQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("search.sort." + o.name().toLowerCase(Locale.ROOT)));
        order.setValue(PracticeQuery.Order.RELEVANCE);
        order.setId("library-sort");
        order.addValueChangeListener(e -> refresh(true));

        FlexLayout filters = new FlexLayout();
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("cp-filters");
        for (String f : new String[] {"theme", "country", "size", "programme", "lang"}) {
            MultiSelectComboBox<String> box = new MultiSelectComboBox<>(getTranslation("search.facet." + f));
            box.setId("facet-" + f);
            box.addValueChangeListener(e -> {
                if (!updating) {
                    refresh(true);
                }
            });
            facets.put(f, box);
            filters.add(box);
        }
        filters.add(order);

        previous.setId("library-previous");
        next.setId("library-next");
        previous.addClickListener(e -> {
            page--;
            refresh(false);
        });
        next.addClickListener(e -> {
            page++;
            refresh(false);
        });
        Anchor json = export(exporter, PracticeExporter.Format.JSON);
        Anchor csv = export(exporter, PracticeExporter.Format.CSV);
        Anchor match = new Anchor(MatchView.ROUTE, getTranslation("search.match.link"));
        match.setId("library-match-link");
        summary.setId("library-summary");
        results.setId("library-results");
        results.setWidthFull();
        HorizontalLayout tools = new HorizontalLayout(summary, json, csv, match);
        tools.setAlignItems(Alignment.BASELINE);
        HorizontalLayout pager = new HorizontalLayout(previous, pageInfo, next);
        pager.setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation("search.title")), text, filters, tools, results, pager);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        params.getSingleParameter("q").ifPresent(q -> {
            updating = true;
            text.setValue(q.length() > PracticeQuery.MAX_TEXT ? q.substring(0, PracticeQuery.MAX_TEXT) : q);
            updating = false;
        });
        refresh(true);
    }

    private PracticeQuery query(int pageNumber, int size) {
        return new PracticeQuery(text.getValue(), null, facets.get("theme").getValue(),
                facets.get("country").getValue(), facets.get("size").getValue(), facets.get("programme").getValue(),
                facets.get("lang").getValue(), order.getValue(), pageNumber, size);
    }

    private void refresh(boolean firstPage) {
        if (updating) {
            return;
        }
        if (firstPage) {
            page = 0;
        }
        SearchPage result;
        try {
            result = search.search(query(page, PAGE_SIZE), getLocale().getLanguage());
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
            return;
        }
        results.removeAll();
        if (result.hits().isEmpty()) {
            Div empty = new Div(new Span(getTranslation(text.getValue().isBlank() && noFilters()
                    ? "search.empty.library" : "search.empty")));
            empty.addClassName("cp-empty");
            empty.setId("library-empty");
            results.add(empty);
        }
        result.hits().forEach(h -> results.add(HitCard.of(this, h, !text.getValue().isBlank(), this::themeLabel)));
        summary.setText(getTranslation("search.count", result.total()));
        pageInfo.setText(getTranslation("search.page", result.page() + 1, result.pageCount()));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < result.pageCount());
        updateFacets(result.facets());
    }

    private boolean noFilters() {
        return facets.values().stream().allMatch(f -> f.getValue().isEmpty());
    }

    private void updateFacets(Map<String, Map<String, Long>> counts) {
        updating = true;
        try {
            counts.forEach((field, values) -> {
                MultiSelectComboBox<String> box = facets.get(field);
                if (box == null) {
                    return;
                }
                Set<String> selected = new LinkedHashSet<>(box.getValue());
                Set<String> items = new LinkedHashSet<>(selected);
                values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> items.add(e.getKey()));
                box.setItemLabelGenerator(v -> facetLabel(field, v) + " (" + values.getOrDefault(v, 0L) + ")");
                box.setItems(List.copyOf(items));
                box.setValue(selected);
            });
        } finally {
            updating = false;
        }
    }

    private String facetLabel(String field, String value) {
        return switch (field) {
            case "theme" -> themeLabel(value);
            case "country" -> new Locale("", value).getDisplayCountry(getLocale());
            case "lang" -> Languages.displayName(value);
            case "size" -> getTranslation("search.size." + value);
            default -> value;
        };
    }

    private String themeLabel(String code) {
        return themes.label(code, getLocale().getLanguage());
    }

    private Anchor export(PracticeExporter exporter, PracticeExporter.Format format) {
        Anchor a = new Anchor((DownloadHandler) event -> {
            event.setFileName("practices" + format.extension);
            event.setContentType(format.mimeType);
            List<Long> ids = search.matchingIds(query(0, PracticeQuery.MAX_PAGE_SIZE), EXPORT_MAX);
            try (OutputStream out = event.getOutputStream()) {
                exporter.export(ids, format, out);
            }
        }, getTranslation("search.export." + format.name().toLowerCase(Locale.ROOT)));
        a.setId("library-export-" + format.name().toLowerCase(Locale.ROOT));
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " | CityPeers";
    }
}
