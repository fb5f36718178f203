package org.citypeers.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
 * The signed-in expert's review of a plan: per criterion a score (0-10) and a justification, an overall
 * recommendation and a comment; save as draft, then submit. A submitted review is shown read-only.
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
    private Long version;

    ScoreForm(ReviewService reviews, Long planId, Runnable onSubmitted) {
        this.reviews = reviews;
        this.planId = planId;
        this.criteria = reviews.criteria(planId);
        this.onSubmitted = onSubmitted;
        setId("score-form");
        show(reviews.myReview(planId).orElse(null));
    }

    private void show(ReviewView mine) {
        removeAll();
        version = mine == null ? null : mine.version();
        add(new H3(getTranslation("review.score.mine")));
        if (mine != null && mine.isSubmitted()) {
            add(ReadOnlyReview.of(this, mine, criteria));
            return;
        }
        add(new Paragraph(getTranslation("review.score.intro", CriterionScore.MAX)));
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
            if (mine != null && mine.scores().containsKey(c.id())) {
                ReviewData.Entry e = mine.scores().get(c.id());
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
        recommendation.setValue(mine == null ? null : mine.recommendation());
        comment.setLabel(getTranslation("review.score.comment"));
        comment.setId("review-comment");
        comment.setMaxLength(PlanReview.COMMENT_MAX);
        comment.setWidthFull();
        comment.setValue(mine == null || mine.overallComment() == null ? "" : mine.overallComment());
        Span state = new Span(mine == null ? getTranslation("review.score.notSaved")
                : getTranslation("review.score.draftSaved"));
        state.setId("review-state");
        state.addClassName("cp-muted");
        Button save = new Button(getTranslation("review.score.saveDraft"), e -> saveDraft());
        save.setId("save-review");
        Button submit = new Button(getTranslation("review.score.submit"), e -> confirmSubmit());
        submit.setId("submit-review");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, submit, state);
        buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        add(recommendation, comment, buttons);
    }

    private ReviewData data() {
        Map<Long, ReviewData.Entry> entries = new LinkedHashMap<>();
        for (ReviewService.Criterion c : criteria) {
            entries.put(c.id(), new ReviewData.Entry(scores.get(c.id()).getValue(), reasons.get(c.id()).getValue()));
        }
        return new ReviewData(entries, recommendation.getValue(), comment.getValue());
    }

    private void saveDraft() {
        try {
            show(reviews.saveDraft(planId, version, data()));
            Notifications.success(getTranslation("review.score.draftSaved"));
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(e.getMessage());
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("review.score.changed"));
        }
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("review.score.submit"), getTranslation("review.score.confirm"),
                getTranslation("review.score.submit"), e -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("review.score.cancel"));
        dialog.setId("confirm-submit-review");
        dialog.open();
    }

    void submit() {
        try {
            show(reviews.submit(planId, version, data()));
            Notifications.success(getTranslation("review.score.submitted"));
            onSubmitted.run();
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(e.getMessage());
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("review.score.changed"));
        }
    }
}
