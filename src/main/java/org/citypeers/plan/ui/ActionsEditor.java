package org.citypeers.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.citypeers.base.ui.Notifications;
import org.citypeers.plan.ActionData;
import org.citypeers.plan.PlanAction;
import org.citypeers.plan.PlanService;
import org.springframework.security.access.AccessDeniedException;

/** The plan's actions, one collapsible form each, and a field to add one. */
class ActionsEditor extends VerticalLayout {

    private final PlanService plans;
    private final Long planId;
    private final boolean editable;
    private final Runnable onSaved;
    private final Runnable onStateChange;
    private final Runnable onListChanged;
    private final Function<Long, List<Component>> contributions;
    private final List<ActionForm> forms = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    /** {@code onListChanged} runs after an action was added or deleted (the recommendations offer the actions to link to). */
    ActionsEditor(PlanService plans, Long planId, String guidance, boolean editable, Runnable onSaved, Runnable onStateChange,
                  Runnable onListChanged, Function<Long, List<Component>> contributions) {
        this.plans = plans;
        this.planId = planId;
        this.editable = editable;
        this.onSaved = onSaved;
        this.onStateChange = onStateChange;
        this.onListChanged = onListChanged;
        this.contributions = contributions;
        setPadding(false);
        if (guidance != null) {
            add(new Paragraph(guidance));
        }
        list.setPadding(false);
        list.setId("actions-list");
        add(list);
        plans.actions(planId).forEach(a -> addForm(a, false));
        if (forms.isEmpty()) {
            list.add(new Paragraph(getTranslation("plan.actions.empty")));
        }
        if (editable) {
            TextField title = new TextField();
            title.setPlaceholder(getTranslation("plan.actions.newTitle"));
            title.setAriaLabel(getTranslation("plan.actions.newTitle"));
            title.setMaxLength(PlanAction.TITLE_MAX);
            title.setId("new-action-title");
            title.setWidthFull();
            Button add = new Button(getTranslation("plan.actions.add"), VaadinIcon.PLUS.create(), e -> {
                if (title.getValue().isBlank()) {
                    title.setInvalid(true);
                    title.setErrorMessage(getTranslation("plan.action.titleRequired"));
                    return;
                }
                try {
                    PlanAction a = plans.addAction(planId, ActionData.titled(title.getValue().strip()));
                    if (forms.isEmpty()) {
                        list.removeAll();
                    }
                    title.clear();
                    title.setInvalid(false);
                    addForm(a, true);
                    onSaved.run();
                    onListChanged.run();
                } catch (IllegalArgumentException | AccessDeniedException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            add.setId("add-action");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(title, add);
            row.setWidthFull();
            row.setFlexGrow(1, title);
            add(row);
        }
    }

    private void addForm(PlanAction a, boolean open) {
        ActionForm form = new ActionForm(plans, a, editable, onSaved, this::removed, onStateChange, contributions.apply(a.getId()));
        forms.add(form);
        Details d = new Details(a.getTitle(), form);
        form.onTitleSaved(d::setSummaryText);
        d.setOpened(open || forms.size() == 1);
        d.setWidthFull();
        d.setId("action-details-" + a.getId());
        list.add(d);
    }

    private void removed(ActionForm form) {
        forms.remove(form);
        form.getParent().ifPresent(p -> list.remove(p));
        onSaved.run();
        onListChanged.run();
    }

    List<ActionForm> forms() {
        return forms;
    }

    /** The actions by id and title, for linking a recommended practice. */
    List<ActionForm> linkTargets() {
        return List.copyOf(forms);
    }

    void reload(Long actionId) {
        forms.stream().filter(f -> f.actionId.equals(actionId)).findFirst().ifPresent(f -> f.reload(plans.action(actionId)));
    }

    boolean saveAll() {
        boolean ok = true;
        for (ActionForm f : forms) {
            ok &= f.save();
        }
        return ok;
    }

    boolean hasUnsavedChanges() {
        return forms.stream().anyMatch(ActionForm::hasUnsavedChanges);
    }
}
