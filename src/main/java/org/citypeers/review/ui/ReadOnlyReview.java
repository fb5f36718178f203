package org.citypeers.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.citypeers.review.ReviewData;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewService.ReviewView;
import org.citypeers.review.ScoreSummary;

/** Read-only renderings of a submitted review (with the plan version it is about) and of a plan's aggregate score. */
final class ReadOnlyReview {

    private ReadOnlyReview() {}

    static Div of(Component i18n, ReviewView r, List<ReviewService.Criterion> criteria) {
        Div box = new Div();
        box.addClassName("cp-card");
        box.addClassName("cp-review");
        box.getElement().setAttribute("data-expert", r.expertName());
        box.getElement().setAttribute("data-plan-version", String.valueOf(r.planVersion()));
        box.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        box.add(line(i18n.getTranslation("review.view.by", r.expertName(), format(r.weightedScore()), r.planVersion()), true));
        for (ReviewService.Criterion c : criteria) {
            ReviewData.Entry e = r.scores().get(c.id());
            box.add(line(c.name() + ": " + (e == null || e.score() == null ? "–" : e.score()), true));
            if (e != null && e.justification() != null) {
                box.add(line(e.justification(), false));
            }
        }
        if (r.recommendation() != null) {
            box.add(line(i18n.getTranslation("review.score.recommendation") + ": "
                    + i18n.getTranslation("review.recommendation." + r.recommendation()), true));
        }
        if (r.overallComment() != null) {
            box.add(line(r.overallComment(), false));
        }
        return box;
    }

    static Div summary(Component i18n, ScoreSummary s) {
        Div box = new Div();
        box.setId("score-summary");
        box.addClassName("cp-card");
        box.add(line(i18n.getTranslation("review.summary.line", s.submittedReviews(), format(s.weightedScore())), true));
        for (ScoreSummary.CriterionAverage c : s.criteria()) {
            box.add(line(i18n.getTranslation("review.summary.criterion", c.name(), c.weight(),
                    c.average() == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", c.average())), false));
        }
        return box;
    }

    static String format(Double score) {
        return score == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", score);
    }

    private static Span line(String text, boolean strong) {
        Span s = new Span(text);
        s.getStyle().set("display", "block").set("white-space", "pre-line");
        if (strong) {
            s.getStyle().set("font-weight", "600");
        }
        return s;
    }
}
