package org.citypeers.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.citypeers.base.ui.Notifications;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PracticeRecommender;
import org.springframework.security.access.AccessDeniedException;

/**
 * Good practices recommended for the plan's challenges (from the matching, through the
 * {@link PracticeRecommender} port), each with the reason, linkable to an action in one step.
 */
class RecommendationsPanel extends VerticalLayout {

    static final int MAX = 5;

    private final Optional<PracticeRecommender> recommender;
    private final PlanService plans;
    private final Supplier<String> challenges;
    private final String language;
    private final Supplier<List<ActionForm>> actions;
    private final Consumer<Long> linked;
    private final boolean editable;
    private final VerticalLayout items = new VerticalLayout();
    private final List<ComboBox<ActionForm>> targets = new ArrayList<>();
    private String shownFor;

    RecommendationsPanel(Optional<PracticeRecommender> recommender, PlanService plans, Supplier<String> challenges, String language,
                         Supplier<List<ActionForm>> actions, boolean editable, Consumer<Long> linked) {
        this.recommender = recommender;
        this.plans = plans;
        this.challenges = challenges;
        this.language = language;
        this.actions = actions;
        this.editable = editable;
        this.linked = linked;
        setId("recommendations");
        addClassName("cp-card");
        setPadding(true);
        Button refresh = new Button(getTranslation("plan.reco.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setId("recommendations-refresh");
        items.setPadding(false);
        add(new H3(getTranslation("plan.reco.title")), items, refresh);
        refresh();
    }

    void refresh() {
        items.removeAll();
        targets.clear();
        String text = challenges.get();
        shownFor = text;
        if (recommender.isEmpty()) {
            items.add(new Paragraph(getTranslation("plan.reco.unavailable")));
            return;
        }
        if (text == null || text.isBlank()) {
            items.add(new Paragraph(getTranslation("plan.reco.describeFirst")));
            return;
        }
        List<PracticeRecommender.Recommendation> list;
        try {
            list = recommender.get().recommend(text, language, MAX);
        } catch (RuntimeException e) {
            items.add(new Paragraph(getTranslation("plan.reco.failed")));
            return;
        }
        if (list.isEmpty()) {
            items.add(new Paragraph(getTranslation("plan.reco.none")));
        }
        list.forEach(r -> items.add(item(r)));
    }

    /** Recommends again if the challenges were changed (in this editor) since the list was made. */
    void refreshIfChallengesChanged() {
        if (!Objects.equals(shownFor, challenges.get())) {
            refresh();
        }
    }

    /** Offers the plan's actions as they are now (one was added or deleted); a plan's only action is preselected. */
    void actionsChanged() {
        List<ActionForm> now = actions.get();
        for (ComboBox<ActionForm> target : targets) {
            ActionForm chosen = target.getValue();
            target.setItems(now);
            target.setValue(chosen != null && now.contains(chosen) ? chosen : now.size() == 1 ? now.get(0) : null);
        }
    }

    private Div item(PracticeRecommender.Recommendation r) {
        Div d = new Div();
        d.addClassName("cp-plan-reco");
        Span lang = new Span(r.language());
        lang.addClassName("cp-badge");
        d.add(new Anchor("practices/" + r.practiceId(), r.title()), new Span(" "), lang);
        Paragraph reason = new Paragraph(r.reason());
        reason.addClassName("cp-muted");
        d.add(reason);
        if (editable) {
            ComboBox<ActionForm> target = new ComboBox<>();
            target.setAriaLabel(getTranslation("plan.reco.action"));
            target.setPlaceholder(getTranslation("plan.reco.action"));
            target.setItems(actions.get());
            target.setItemLabelGenerator(ActionForm::title);
            if (actions.get().size() == 1) {
                target.setValue(actions.get().get(0));
            }
            targets.add(target);
            Button link = new Button(getTranslation("plan.reco.link"), VaadinIcon.LINK.create(), e -> {
                if (target.getValue() == null) {
                    Notifications.error(getTranslation("plan.reco.chooseAction"));
                    return;
                }
                try {
                    plans.linkPractice(target.getValue().actionId, r.practiceId(), r.title(), null);
                    linked.accept(target.getValue().actionId);
                    Notifications.success(getTranslation("plan.reco.linked", r.title(), target.getValue().title()));
                } catch (IllegalArgumentException | AccessDeniedException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            link.setId("link-practice-" + r.practiceId());
            FlexLayout row = new FlexLayout(target, link);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            d.add(row);
        }
        return d;
    }
}
