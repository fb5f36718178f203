package org.citypeers.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.citypeers.base.ui.Notifications;
import org.citypeers.review.CriterionScore;
import org.citypeers.review.PlanReview;
import org.citypeers.review.Recommendation;
import org.citypeers.review.ReviewData;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewService.ReviewView;

/**
 * The signed-in expert's review of the plan's current version: per criterion a score (0-10) and a
 * justification, an overall recommendation and a comment; save as draft, then submit. A submitted review
 * is shown read-only. After the city resubmits, the form opens again for the new version, filled in
 * with the expert's earlier review, so that a revision changes only what the new version changed.
 */
class ScoreForm extends Div {

    private final ReviewService reviews;
    private final Long planId;
    private final List<ReviewService.Criterion> criteria;
    private final Runnable onSubmitted;
    private final Map<Long, Select<Integer>> scores = new HashMap<>();
    private final Map<Long, TextArea> reasons = new HashMap<>();
    private final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private int planVersion;
    private Long version;
    private boolean revision;

    ScoreForm(ReviewService reviews, Long planId, Runnable onSubmitted) {
        this.reviews = reviews;
        this.planId = planId;
        this.criteria = reviews.criteria(planId);
        this.onSubmitted = onSubmitted;
        setId("score-form");
        show(reviews.myRound(planId));
    }

    private void show(ReviewService.MyRound round) {
        removeAll();
        planVersion = round.planVersion();
        ReviewView mine = round.current();
        version = mine == null ? null : mine.version();
        revision = round.isRevision();
        add(new H3(getTranslation("review.score.mineVersion", planVersion)));
        if (mine != null && mine.isSubmitted()) {
            add(ReadOnlyReview.of(this, mine, criteria));
            if (round.open()) {
                add(hint("revise-later", getTranslation("review.score.reviseLater")));
            }
            return;
        }
        if (!round.open()) {
            add(hint("review-closed", getTranslation("review.score.closed")));
            return;
        }
        if (revision) {
            Div note = new Div(new Span(getTranslation("review.score.revisionNote", planVersion, round.previous().planVersion())),
                    new Anchor("plans/" + planId + "/history", getTranslation("review.score.whatChanged")));
            note.setId("revision-note");
            note.addClassName("cp-card");
            note.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
            add(note);
        }
        add(new Paragraph(getTranslation("review.score.intro", CriterionScore.MAX)));
        // a new round starts from the expert's own earlier review
        ReviewView filled = mine != null ? mine : round.previous();
        for (ReviewService.Criterion c : criteria) {
            Div row = new Div();
            row.addClassName("cp-score-row");
            row.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            Span name = new Span(c.name() + " (" + c.weight() + " %)");
            name.getStyle().set("font-weight", "600").set("display", "block");
            row.add(name);
            if (c.description() != null) {
                Span d = new Span(c.description());
                d.addClassName("cp-muted");
                d.getStyle().set("display", "block");
                row.add(d);
            }
            Select<Integer> score = new Select<>();
            score.setLabel(getTranslation("review.score.score"));
            score.setItems(IntStream.rangeClosed(CriterionScore.MIN, CriterionScore.MAX).boxed().toList());
            score.setId("score-" + c.id());
            score.setEmptySelectionAllowed(true);
            TextArea reason = new TextArea(getTranslation("review.score.justification"));
            reason.setId("justification-" + c.id());
            reason.setMaxLength(CriterionScore.JUSTIFICATION_MAX);
            reason.setWidthFull();
            if (filled != null && filled.scores().containsKey(c.id())) {
                ReviewData.Entry e = filled.scores().get(c.id());
                score.setValue(e.score());
                reason.setValue(e.justification() == null ? "" : e.justification());
            }
            scores.put(c.id(), score);
            reasons.put(c.id(), reason);
            row.add(score, reason);
            add(row);
        }
        recommendation.setLabel(getTranslation("review.score.recommendation"));
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(r -> getTranslation("review.recommendation." + r));
        recommendation.setId("recommendation");
        recommendation.setValue(filled == null ? null : filled.recommendation());
        comment.setLabel(getTranslation("review.score.comment"));
        comment.setId("review-comment");
        comment.setMaxLength(PlanReview.COMMENT_MAX);
        comment.setWidthFull();
        comment.setValue(filled == null || filled.overallComment() == null ? "" : filled.overallComment());
        Span state = new Span(mine != null ? getTranslation("review.score.draftSaved")
                : filled != null ? getTranslation("review.score.prefilled", filled.planVersion())
                : getTranslation("review.score.notSaved"));
        state.setId("review-state");
        state.addClassName("cp-muted");
        Button save = new Button(getTranslation("review.score.saveDraft"), e -> saveDraft());
        save.setId("save-review");
        Button submit = new Button(getTranslation(revision ? "review.score.submitRevision" : "review.score.submit"), e -> confirmSubmit());
        submit.setId("submit-review");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, submit, state);
        buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        add(recommendation, comment, buttons);
    }

    private Paragraph hint(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("cp-muted");
        return p;
    }

    private ReviewData data() {
        Map<Long, ReviewData.Entry> entries = new LinkedHashMap<>();
        for (ReviewService.Criterion c : criteria) {
            entries.put(c.id(), new ReviewData.Entry(scores.get(c.id()).getValue(), reasons.get(c.id()).getValue()));
        }
        return new ReviewData(entries, recommendation.getValue(), comment.getValue());
    }

    private void saveDraft() {
        run(() -> {
            reviews.saveDraft(planId, planVersion, version, data());
            show(reviews.myRound(planId));
            Notifications.success(getTranslation("review.score.draftSaved"));
        });
    }

    private void confirmSubmit() {
        String title = getTranslation(revision ? "review.score.submitRevision" : "review.score.submit");
        ConfirmDialog dialog = new ConfirmDialog(title, getTranslation("review.score.confirm"), title, e -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("review.score.cancel"));
        dialog.setId("confirm-submit-review");
        dialog.open();
    }

    void submit() {
        run(() -> {
            reviews.submit(planId, planVersion, version, data());
            Notifications.success(getTranslation(revision ? "review.score.revised" : "review.score.submitted"));
            onSubmitted.run();
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(e.getMessage());
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException
                 | org.springframework.dao.DataIntegrityViolationException e) {
            // another window saved at the same moment (a first draft saved twice hits the unique key)
            Notifications.error(getTranslation("review.score.changed"));
        }
    }
}
