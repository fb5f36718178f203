package org.citypeers.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeAdaptation;
import org.citypeers.practice.PracticeAttachmentService;
import org.citypeers.practice.PracticePageSection;
import org.citypeers.practice.PracticeService;
import org.citypeers.practice.PracticeStatus;
import org.citypeers.practice.ThemeService;

/**
 * A practice with everything known about it, its files, its history, the actions the person may take,
 * and sections of other features (similar practices). Unpublished practices are "not found" for
 * everyone who may not see them (the service decides).
 */
@Route("practices/:practiceId(\\d+)")
@AnonymousAllowed
class PracticeDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeService practices;
    private final PracticeAttachmentService files;
    private final ThemeService themes;
    private final List<PracticePageSection> sections;
    private String title = "";

    PracticeDetailsView(PracticeService practices, PracticeAttachmentService files, ThemeService themes,
                        List<PracticePageSection> sections) {
        this.practices = practices;
        this.files = files;
        this.themes = themes;
        this.sections = sections.stream().sorted(Comparator.comparingInt(PracticePageSection::order)).toList();
        addClassName("cp-page");
        setId("practice-details");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.require(event, "practiceId").ifPresent(this::show);
    }

    void show(long id) {
        removeAll();
        GoodPractice p = practices.get(id);
        title = p.getTitle();
        H1 h = new H1(p.getTitle());
        h.setId("practice-title");
        add(h);
        if (p.getStatus() != PracticeStatus.PUBLISHED) {
            Span status = new Span(getTranslation("practice.status." + p.getStatus()));
            status.getElement().getThemeList().add("badge");
            status.setId("practice-status");
            add(status);
            if (p.getStatusReason() != null) {
                Paragraph reason = new Paragraph(getTranslation("practice.statusReason", p.getStatusReason()));
                reason.setId("practice-status-reason");
                add(reason);
            }
        }
        add(new PracticeActionsBar(practices, p, () -> show(id)));
        add(new Paragraph(facts(p)));
        add(themeBadges(p));
        text("practice.summary", p.getSummary(), true);
        text("practice.description", p.getDescription(), false);
        list("practice.targetGroups", p.getTargetGroups());
        list("practice.stakeholders", p.getStakeholders());
        resources(p);
        text("practice.results", p.getResults(), false);
        text("practice.transferability", p.getTransferability(), false);
        text("practice.contact", p.getContact(), false);
        links(p);
        adaptations(p);
        add(new PracticeFilesSection(files, p.getId(), false));
        add(new PracticeHistoryList(practices.history(id)));
        practices.findForIndex(id).ifPresent(s -> sections.forEach(sec -> sec.create(s).ifPresent(this::add)));
    }

    private String facts(GoodPractice p) {
        String lang = p.isLanguageDetected() ? getTranslation("practice.language.detected", Languages.displayName(p.getLanguage()))
                : Languages.displayName(p.getLanguage());
        return String.join(" · ", Stream.of(getTranslation("practice.owner", p.getCityName()),
                PracticeFormat.country(p.getCountry(), getLocale()),
                p.getPopulation() == null ? null : getTranslation("practice.population") + " " + String.format(getLocale(), "%,d", p.getPopulation()),
                p.programmeLabel(), p.getYear() == null ? null : String.valueOf(p.getYear()), lang)
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private Component themeBadges(GoodPractice p) {
        Div d = new Div();
        d.setId("practice-themes");
        d.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        String lang = PracticeFormat.lang(this);
        for (String code : p.getThemes()) {
            Span s = new Span(themes.label(code, lang));
            s.getElement().getThemeList().add("badge");
            d.add(s);
        }
        for (String tag : p.getTags()) {
            Span s = new Span(tag);
            s.getElement().getThemeList().add("badge contrast");
            d.add(s);
        }
        return d;
    }

    private void text(String key, String value, boolean lead) {
        if (value != null && !value.isBlank()) {
            Paragraph para = new Paragraph(value);
            para.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
            if (lead) {
                para.getStyle().set("font-size", "var(--lumo-font-size-l)");
            }
            add(new H2(getTranslation(key)), para);
        }
    }

    private void list(String key, List<String> values) {
        if (!values.isEmpty()) {
            UnorderedList ul = new UnorderedList();
            values.forEach(v -> ul.add(new ListItem(v)));
            add(new H2(getTranslation(key)), ul);
        }
    }

    private void resources(GoodPractice p) {
        List<String> parts = new ArrayList<>();
        if (p.getBudgetRange() != null) {
            parts.add(getTranslation("practice.budget") + ": " + getTranslation("practice.budget." + p.getBudgetRange()));
        }
        if (p.getStaff() != null) {
            parts.add(getTranslation("practice.staff") + ": " + p.getStaff());
        }
        if (!parts.isEmpty()) {
            add(new H2(getTranslation("practice.resources")), new Paragraph(String.join(" · ", parts)));
        }
    }

    private void links(GoodPractice p) {
        List<String> all = new ArrayList<>();
        if (p.getUrl() != null) {
            all.add(p.getUrl());
        }
        p.getLinks().stream().filter(l -> !all.contains(l)).forEach(all::add);
        if (!all.isEmpty()) {
            UnorderedList ul = new UnorderedList();
            for (String l : all) {
                Anchor a = new Anchor(l, l, AnchorTarget.BLANK);
                a.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                a.getStyle().set("overflow-wrap", "anywhere");
                ul.add(new ListItem(a));
            }
            add(new H2(getTranslation("practice.links")), ul);
        }
    }

    private void adaptations(GoodPractice p) {
        add(new H2(getTranslation("practice.adaptations")));
        if (p.getAdaptations().isEmpty()) {
            add(new Paragraph(getTranslation("practice.adaptations.empty")));
            return;
        }
        UnorderedList ul = new UnorderedList();
        ul.setId("practice-adaptations");
        for (PracticeAdaptation a : p.getAdaptations()) {
            ListItem li = new ListItem();
            li.add(a.getCity() != null ? new Anchor("cities/" + a.getCity().getId(), a.getCityName()) : new Span(a.getCityName()));
            String extra = String.join(" · ", Stream.of(a.getCountry() == null ? null : PracticeFormat.country(a.getCountry(), getLocale()),
                    a.getYear() == null ? null : String.valueOf(a.getYear()), a.getHow()).filter(s -> s != null && !s.isBlank()).toList());
            if (!extra.isEmpty()) {
                li.add(new Span(" — " + extra));
            }
            ul.add(li);
        }
        add(ul);
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }
}
