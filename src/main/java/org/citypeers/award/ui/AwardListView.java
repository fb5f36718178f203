package org.citypeers.award.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citypeers.award.Award;
import org.citypeers.award.AwardService;
import org.citypeers.base.ui.Cards;
import org.citypeers.programme.ProgrammeService;

/** The public page of awarded cities: title and year, citation and the plan's summary. Revoked awards are gone. */
@Route("awards")
@AnonymousAllowed
class AwardListView extends VerticalLayout implements HasDynamicTitle {

    AwardListView(AwardService awards, ProgrammeService programmes) {
        addClassName("cp-page");
        H1 title = new H1(getTranslation("award.public.title"));
        title.setId("awards-title");
        add(title, new Paragraph(getTranslation("award.public.intro")));
        List<Award> list = awards.publicAwards();
        if (list.isEmpty()) {
            add(Cards.empty(getTranslation("award.public.empty")));
            return;
        }
        Map<Long, String> programmeNames = new HashMap<>();
        Div cards = new Div();
        cards.addClassName("cp-cards");
        cards.setId("awards-list");
        for (Award a : list) {
            String programme = programmeNames.computeIfAbsent(a.getProgrammeId(), id -> programmes.get(id).getName());
            cards.add(card(a, programme));
        }
        add(cards);
    }

    private Div card(Award a, String programme) {
        Div card = new Div();
        card.addClassName("cp-card");
        card.setId("award-" + a.getId());
        Span badge = new Span(a.fullTitle());
        badge.addClassName("cp-badge");
        H2 city = new H2(a.getCityName());
        city.getStyle().set("margin", "0.3em 0 0");
        Paragraph where = new Paragraph(AwardFormat.country(a.getCountry(), getLocale()) + " · " + programme);
        where.addClassName("cp-muted");
        card.add(badge, city, where);
        if (a.getCitation() != null) {
            Paragraph citation = new Paragraph(getTranslation("award.quote", a.getCitation()));
            citation.getStyle().set("font-style", "italic");
            card.add(citation);
        }
        if (a.getPlanSummary() != null) {
            card.add(new Paragraph(a.getPlanSummary()));
        }
        Anchor more = new Anchor("awards/" + a.getId(), getTranslation("award.public.details"));
        more.setId("award-details-" + a.getId());
        card.add(more);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("award.public.title") + " | CityPeers";
    }
}
