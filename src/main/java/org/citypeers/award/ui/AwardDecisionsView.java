package org.citypeers.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.citypeers.award.Assessment;
import org.citypeers.award.Award;
import org.citypeers.award.AwardRoutes;
import org.citypeers.award.AwardRules;
import org.citypeers.award.AwardService;
import org.citypeers.award.AwardService.Board;
import org.citypeers.base.ui.Cards;
import org.citypeers.base.ui.Notifications;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The manager's decision board: the programme's submitted plans ranked by weighted score, each rule
 * shown as met or not (symbol and words), and the decisions: award with a citation (with a jury place
 * beyond the country limit), decline, revoke or reopen with a reason.
 */
@Route("programmes/:programmeId/award-decisions")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
class AwardDecisionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AwardService awards;
    private Long programmeId;
    private String title = "";

    AwardDecisionsView(AwardService awards) {
        this.awards = awards;
        addClassName("cp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        programmeId = RouteIds.require(event, "programmeId").orElse(null);
        if (programmeId != null) {
            refresh();
        }
    }

    private void refresh() {
        removeAll();
        Board board = awards.board(programmeId);
        title = getTranslation("award.decisions.title", board.programme().getShortName());
        H1 h = new H1(title);
        h.setId("decisions-title");
        add(h);
        Anchor rulesLink = new Anchor(AwardRoutes.rules(programmeId), getTranslation("award.rules.edit"));
        rulesLink.setId("edit-award-rules");
        AwardRules r = board.rules();
        if (r == null) {
            add(new Paragraph(getTranslation("award.decisions.noRules")), rulesLink);
            return;
        }
        Paragraph summary = new Paragraph(rulesSummary(r));
        summary.setId("rules-summary");
        long juryUsed = board.decisions().stream().filter(a -> a.isAwarded() && a.isJuryPlace()).count();
        add(summary, new Paragraph(getTranslation("award.decisions.jurySummary", juryUsed, r.getJuryPlaces())), rulesLink);

        if (board.assessments().isEmpty()) {
            add(Cards.empty(getTranslation("award.decisions.empty")));
        }
        Div list = new Div();
        list.setId("assessments");
        list.setWidthFull();
        board.assessments().forEach(a -> list.add(card(a, r)));
        add(list);

        if (!board.decisions().isEmpty()) {
            add(new H2(getTranslation("award.decisions.history")));
            Div history = new Div();
            history.setId("decision-history");
            history.setWidthFull();
            board.decisions().forEach(d -> history.add(historyItem(d)));
            add(history);
        }
    }

    private String rulesSummary(AwardRules r) {
        return getTranslation("award.rules.summary", r.fullTitle(), r.getMinReviews(), AwardFormatScore.of(r.getMinScore()),
                r.getMaxPerCountry() == 0 ? getTranslation("award.rules.summary.noLimit") : r.getMaxPerCountry(),
                r.getJuryPlaces(), r.isExcludeCapitals() ? getTranslation("award.rules.summary.capitals") : "");
    }

    private Component card(Assessment a, AwardRules rules) {
        Div card = new Div();
        card.addClassName("cp-card");
        card.setId("assessment-" + a.candidate().planId());
        card.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        String rank = a.eligible() ? "#" + a.rank() + " " : "";
        H3 head = new H3(rank + a.candidate().cityName() + " (" + a.candidate().country() + ")");
        head.getStyle().set("margin", "0");
        Span standing = new Span(getTranslation("award.standing." + a.standing().name()));
        standing.addClassName("cp-badge");
        standing.setId("standing-" + a.candidate().planId());
        Paragraph plan = new Paragraph(a.candidate().planTitle() + " · "
                + getTranslation("award.decisions.score") + ": "
                + (a.candidate().weightedScore() == null ? "–" : AwardFormatScore.of(a.candidate().weightedScore())) + " · "
                + getTranslation("award.decisions.reviews") + ": " + a.candidate().submittedReviews());
        plan.addClassName("cp-muted");
        Div ruleLines = new Div();
        ruleLines.addClassName("cp-rules");
        a.rules().forEach(r -> ruleLines.add(AwardFormat.rule(this, r)));
        card.add(head, standing, plan, ruleLines);

        HorizontalLayout actions = new HorizontalLayout();
        long planId = a.candidate().planId();
        String city = a.candidate().cityName();
        if (a.decidable()) {
            boolean jury = a.standing() == Assessment.Standing.NEEDS_JURY_PLACE;
            Button award = new Button(getTranslation(jury ? "award.decisions.awardJury" : "award.decisions.award"), e ->
                    new TextDialog(getTranslation("award.dialog.award.title", rules.fullTitle(), city),
                            jury ? getTranslation("award.dialog.award.jury") : null, getTranslation("award.dialog.citation"),
                            Award.CITATION_MAX, getTranslation("award.dialog.confirmAward"), false,
                            text -> act(() -> awards.award(programmeId, planId, text, jury),
                                    getTranslation("award.decided.awarded", city, rules.fullTitle()))).open());
            award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            award.setId("award-plan-" + planId);
            actions.add(award);
        }
        if (a.decidable() || a.standing() == Assessment.Standing.OVER_COUNTRY_LIMIT) {
            Button decline = new Button(getTranslation("award.decisions.decline"), e ->
                    new TextDialog(getTranslation("award.dialog.decline.title", city), null, getTranslation("award.dialog.note"),
                            Award.CITATION_MAX, getTranslation("award.dialog.confirmDecline"), false,
                            text -> act(() -> awards.decline(programmeId, planId, text),
                                    getTranslation("award.decided.declined", city))).open());
            decline.setId("decline-plan-" + planId);
            actions.add(decline);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    private Component historyItem(Award d) {
        Div item = new Div();
        item.addClassName("cp-card");
        item.setId("decision-" + d.getId());
        item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        Span status = new Span(getTranslation("award.status." + d.getStatus().name()));
        status.addClassName("cp-badge");
        Span head = new Span(" " + d.getCityName() + " · " + d.fullTitle()
                + (d.isJuryPlace() ? " · " + getTranslation("award.standing.AWARDED_WITH_JURY_PLACE") : ""));
        head.getStyle().set("font-weight", "600");
        item.add(status, head);
        item.add(new Paragraph(getTranslation("award.decisions.decidedBy", d.getDecidedByName(), AwardFormat.dateTime(d.getDecidedAt(), getLocale()))));
        if (d.getCitation() != null) {
            item.add(new Paragraph(getTranslation("award.quote", d.getCitation())));
        }
        if (d.getStatus() == Award.Status.REVOKED) {
            item.add(new Paragraph(getTranslation("award.decisions.revokedBy", d.getRevokedByName(),
                    AwardFormat.dateTime(d.getRevokedAt(), getLocale()), d.getRevokeReason())));
            return item;
        }
        boolean awarded = d.isAwarded();
        Button revoke = new Button(getTranslation(awarded ? "award.decisions.revoke" : "award.decisions.reopen"), e ->
                new TextDialog(awarded ? getTranslation("award.dialog.revoke.title", d.fullTitle(), d.getCityName())
                        : getTranslation("award.dialog.reopen.title", d.getCityName()),
                        getTranslation(awarded ? "award.dialog.revoke.text" : "award.dialog.reopen.text"),
                        getTranslation("award.dialog.reason"), Award.REASON_MAX,
                        getTranslation(awarded ? "award.dialog.confirmRevoke" : "award.dialog.confirmReopen"), awarded,
                        text -> act(() -> awards.revoke(d.getId(), d.getVersion(), text),
                                getTranslation("award.decided.revoked", d.getCityName()))).open());
        if (awarded) {
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        revoke.setId("revoke-" + d.getId());
        item.add(revoke);
        return item;
    }

    /** Runs a decision, shows the outcome and reloads the board; false keeps the dialog open. */
    private boolean act(Supplier<Award> decision, String done) {
        try {
            decision.get();
            Notifications.success(done);
            refresh();
            return true;
        } catch (IllegalArgumentException | AccessDeniedException e) {
            Notifications.error(e instanceof AccessDeniedException ? getTranslation("error.denied") : e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.conflict"));
            refresh();
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }
}
