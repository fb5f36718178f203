package org.citypeers.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citypeers.award.Award;
import org.citypeers.award.AwardRoutes;
import org.citypeers.award.AwardService;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammePageSection;

/** The programme's awardees on its page (public), with links to the rules and decisions for its managers. */
@org.springframework.stereotype.Component
class ProgrammeAwardsSection implements ProgrammePageSection {

    private final AwardService awards;

    ProgrammeAwardsSection(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Optional<Component> create(Programme programme) {
        List<Award> list = awards.awardeesOf(programme.getId());
        boolean manager = awards.canDecide(programme.getId());
        if (list.isEmpty() && !manager && programme.getAwardTitle() == null) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("programme-awards");
        section.setWidthFull();
        section.add(new H2(section.getTranslation("award.programme.title")));
        if (list.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("award.programme.none")));
        } else {
            UnorderedList ul = new UnorderedList();
            list.forEach(a -> ul.add(new ListItem(new Anchor(AwardRoutes.award(a.getId()),
                    a.getCityName() + " (" + AwardFormat.country(a.getCountry(), com.vaadin.flow.component.UI.getCurrent().getLocale()) + ") – " + a.fullTitle()))));
            section.add(ul);
        }
        if (manager) {
            Anchor rules = new Anchor(AwardRoutes.rules(programme.getId()), section.getTranslation("award.rules.edit"));
            rules.setId("programme-award-rules");
            Anchor decisions = new Anchor(AwardRoutes.decisions(programme.getId()), section.getTranslation("award.decisions.open"));
            decisions.setId("programme-award-decisions");
            section.add(new HorizontalLayout(decisions, rules));
        }
        return Optional.of(section);
    }
}
