package org.citypeers.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.function.Consumer;
import org.citypeers.base.ui.Notifications;
import org.citypeers.plan.ActionData;
import org.citypeers.plan.Indicator;
import org.citypeers.plan.PlanAction;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PracticeLink;
import org.citypeers.plan.SectionConflictException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One action: what, why, who, when, how much, how it is measured and which good practices it
 * adapts. Autosaved against the action's own version; a conflict shows both versions.
 */
class ActionForm extends VerticalLayout {

    private final PlanService plans;
    private final boolean editable;
    private final Runnable onSaved;
    private final Consumer<ActionForm> onDeleted;
    private Consumer<String> onTitleSaved = t -> {};
    final Long actionId;
    final SaveStateLabel state;
    private long version;
    private ActionData saved;

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField objective = new TextField();
    private final TextField lead = new TextField();
    private final TextField partners = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final IntegerField budget = new IntegerField();
    private final TextField funding = new TextField();
    private final VerticalLayout indicatorRows = new VerticalLayout();
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private final VerticalLayout practiceRows = new VerticalLayout();
    private final List<PracticeRow> practices = new ArrayList<>();
    private boolean resolving;

    ActionForm(PlanService plans, PlanAction action, boolean editable, Runnable onSaved, Consumer<ActionForm> onDeleted,
               Runnable onStateChange, List<Component> contributions) {
        this.plans = plans;
        this.editable = editable;
        this.onSaved = onSaved;
        this.onDeleted = onDeleted;
        this.actionId = action.getId();
        this.version = action.getVersion();
        this.saved = action.data();
        this.state = new SaveStateLabel(onStateChange);
        state.setId("action-state-" + actionId);
        if (action.getUpdatedAt() != null) {
            state.saved(action.getUpdatedAt());
        }
        setPadding(false);
        setId("action-" + actionId);

        label(title, "plan.action.title", PlanAction.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setId("action-title-" + actionId);
        description.setLabel(getTranslation("plan.action.description"));
        description.setMaxLength(PlanAction.DESCRIPTION_MAX);
        description.setId("action-description-" + actionId);
        label(objective, "plan.action.objective", PlanAction.OBJECTIVE_MAX);
        label(lead, "plan.action.lead", PlanAction.LEAD_MAX);
        label(partners, "plan.action.partners", PlanAction.PARTNERS_MAX);
        start.setLabel(getTranslation("plan.action.start"));
        end.setLabel(getTranslation("plan.action.end"));
        localise(start, end);
        budget.setLabel(getTranslation("plan.action.budget"));
        budget.setMin(0);
        budget.setMax(1_000_000_000);
        budget.setSuffixComponent(new com.vaadin.flow.component.html.Span("EUR"));
        label(funding, "plan.action.funding", PlanAction.FUNDING_MAX);

        FormLayout form = new FormLayout(title, objective, description, lead, partners, start, end, budget, funding);
        form.setColspan(description, 2);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setWidthFull();
        indicatorRows.setPadding(false);
        practiceRows.setPadding(false);
        add(state, form, new H4(getTranslation("plan.action.indicators")), indicatorRows);
        if (editable) {
            Button addIndicator = new Button(getTranslation("plan.action.addIndicator"), VaadinIcon.PLUS.create(), e -> {
                IndicatorRow row = addIndicatorRow(new Indicator("", "", ""));
                row.name.focus();
            });
            addIndicator.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addIndicator.setId("action-add-indicator-" + actionId);
            add(addIndicator);
        }
        add(new H4(getTranslation("plan.action.practices")), practiceRows);
        show(saved);
        for (com.vaadin.flow.component.HasValue<?, ?> f : List.<com.vaadin.flow.component.HasValue<?, ?>>of(title, description,
                objective, lead, partners, start, end, budget, funding)) {
            f.setReadOnly(!editable);
        }
        if (editable) {
            Autosave.wire(title, state, this::save);
            Autosave.wire(description, state, this::save);
            Autosave.wire(objective, state, this::save);
            Autosave.wire(lead, state, this::save);
            Autosave.wire(partners, state, this::save);
            Autosave.wire(funding, state, this::save);
            Autosave.onChange(start, this::save);
            Autosave.onChange(end, this::save);
            Autosave.onChange(budget, this::save);
            Button delete = new Button(getTranslation("plan.action.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("action-delete-" + actionId);
            add(delete);
        }
        contributions.forEach(this::add);
    }

    /**
     * The calendar in the person's language, with weeks starting as they do there, and a message when a typed
     * date cannot be read (else the field only turns red, and the action is saved without the date).
     */
    private void localise(DatePicker... pickers) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY), Stream.of(DayOfWeek.values()).limit(6)).toList();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(getTranslation("plan.action.today"))
                .setCancel(getTranslation("plan.cancel"))
                .setBadInputErrorMessage(getTranslation("plan.action.badDate"));
        for (DatePicker p : pickers) {
            p.setI18n(i18n);
        }
    }

    private void label(TextField f, String key, int max) {
        f.setLabel(getTranslation(key));
        f.setMaxLength(max);
        f.setWidthFull();
    }

    private IndicatorRow addIndicatorRow(Indicator i) {
        IndicatorRow row = new IndicatorRow(i);
        indicators.add(row);
        indicatorRows.add(row);
        return row;
    }

    private void show(ActionData d) {
        title.setValue(nn(d.title()));
        description.setValue(nn(d.description()));
        objective.setValue(nn(d.objective()));
        lead.setValue(nn(d.lead()));
        partners.setValue(nn(d.partners()));
        start.setValue(d.startDate());
        end.setValue(d.endDate());
        budget.setValue(d.budgetEur() == null ? null : d.budgetEur().intValue());
        funding.setValue(nn(d.fundingSource()));
        indicators.clear();
        indicatorRows.removeAll();
        d.indicators().forEach(this::addIndicatorRow);
        practices.clear();
        practiceRows.removeAll();
        d.practices().forEach(p -> {
            PracticeRow row = new PracticeRow(p);
            practices.add(row);
            practiceRows.add(row);
        });
        if (d.practices().isEmpty()) {
            practiceRows.add(new com.vaadin.flow.component.html.Span(getTranslation("plan.action.practices.none")));
        }
    }

    ActionData read() {
        List<Indicator> ind = indicators.stream().filter(r -> !r.name.getValue().isBlank())
                .map(r -> new Indicator(r.name.getValue().strip(), r.baseline.getValue().strip(), r.target.getValue().strip())).toList();
        List<PracticeLink> links = practices.stream().map(r -> new PracticeLink(r.link.getPracticeId(), r.link.getPracticeTitle(),
                r.adaptation.getValue().isBlank() ? null : r.adaptation.getValue().strip())).toList();
        return new ActionData(title.getValue(), blank(description.getValue()), blank(objective.getValue()), blank(lead.getValue()),
                blank(partners.getValue()), start.getValue(), end.getValue(), budget.getValue() == null ? null : budget.getValue().longValue(),
                blank(funding.getValue()), ind, links);
    }

    String title() {
        return title.getValue();
    }

    boolean hasUnsavedChanges() {
        return editable && !read().equals(saved);
    }

    /** Saves if something changed; false when it did not happen. */
    boolean save() {
        if (!editable || resolving) {
            return !resolving;
        }
        ActionData mine = read();
        if (mine.equals(saved)) {
            if (state.state() != SaveStateLabel.State.SAVED) {
                state.saved(null);
            }
            return true;
        }
        if (mine.title() == null || mine.title().isBlank()) {
            state.error();
            title.setInvalid(true);
            title.setErrorMessage(getTranslation("plan.action.titleRequired"));
            return false;
        }
        title.setInvalid(false);
        try {
            PlanAction a = plans.updateAction(actionId, version, mine);
            version = a.getVersion();
            saved = a.data();
            state.saved(a.getUpdatedAt());
            onTitleSaved.accept(saved.title());
            onSaved.run();
            return true;
        } catch (SectionConflictException e) {
            conflict(e, mine);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            // two saves in the very same moment: the database noticed; show what won
            PlanAction now = plans.action(actionId);
            conflict(new SectionConflictException(PlanAction.class, actionId, now.data(), now.getVersion(), now.getUpdatedBy()), mine);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            state.error();
            Notifications.error(e.getMessage());
        }
        return false;
    }

    private void conflict(SectionConflictException e, ActionData mine) {
        state.conflict();
        ActionData theirs = (ActionData) e.getCurrent();
        if (theirs == null) {
            Notifications.error(getTranslation("plan.action.deletedMeanwhile"));
            return;
        }
        resolving = true;
        new ConflictDialog(mine.title(), e.getSavedBy(), describe(theirs), describe(mine), new ConflictDialog.Choice() {
            @Override
            public void keepMine() {
                resolving = false;
                version = e.getCurrentVersion();
                saved = theirs;
                save();
            }

            @Override
            public void takeTheirs() {
                resolving = false;
                version = e.getCurrentVersion();
                saved = theirs;
                show(theirs);
                state.saved(null);
                onTitleSaved.accept(theirs.title());
            }
        }).open();
    }

    /** Reloads the action after a change made elsewhere (a practice linked from the recommendations). */
    void reload(PlanAction a) {
        version = a.getVersion();
        saved = a.data();
        show(saved);
        state.saved(a.getUpdatedAt());
        onTitleSaved.accept(saved.title());
    }

    /** Tells {@code listener} the action's title each time a new one is saved or loaded (for the heading that shows it). */
    void onTitleSaved(Consumer<String> listener) {
        onTitleSaved = listener;
    }

    private void confirmDelete() {
        ConfirmDialog d = new ConfirmDialog(getTranslation("plan.action.delete.title"),
                getTranslation("plan.action.delete.text", title.getValue()), getTranslation("plan.action.delete"), e -> {
                    try {
                        plans.deleteAction(actionId, version);
                        onDeleted.accept(this);
                    } catch (SectionConflictException ex) {
                        Notifications.error(getTranslation("plan.action.changedMeanwhile"));
                    } catch (IllegalArgumentException | AccessDeniedException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        d.setConfirmButtonTheme("error primary");
        d.setCancelable(true);
        d.setCancelText(getTranslation("plan.cancel"));
        d.open();
    }

    private String describe(ActionData d) {
        StringBuilder b = new StringBuilder();
        b.append(nn(d.title())).append('\n').append(nn(d.description())).append('\n');
        append(b, "plan.action.objective", d.objective());
        append(b, "plan.action.lead", d.lead());
        append(b, "plan.action.partners", d.partners());
        append(b, "plan.action.start", d.startDate() == null ? null : d.startDate().toString());
        append(b, "plan.action.end", d.endDate() == null ? null : d.endDate().toString());
        append(b, "plan.action.budget", d.budgetEur() == null ? null : d.budgetEur() + " EUR");
        append(b, "plan.action.funding", d.fundingSource());
        d.indicators().forEach(i -> b.append("• ").append(i.getName()).append(": ").append(nn(i.getBaseline())).append(" → ")
                .append(nn(i.getTarget())).append('\n'));
        d.practices().forEach(p -> b.append("↳ ").append(p.getPracticeTitle()).append('\n'));
        return b.toString();
    }

    private void append(StringBuilder b, String key, String v) {
        if (v != null && !v.isBlank()) {
            b.append(getTranslation(key)).append(": ").append(v).append('\n');
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** One indicator: what is measured, the baseline and the target. */
    private final class IndicatorRow extends FlexLayout {
        final TextField name = new TextField(getTranslation("plan.indicator.name"));
        final TextField baseline = new TextField(getTranslation("plan.indicator.baseline"));
        final TextField target = new TextField(getTranslation("plan.indicator.target"));

        IndicatorRow(Indicator i) {
            for (TextField f : List.of(name, baseline, target)) {
                f.setMaxLength(Indicator.MAX);
                f.setReadOnly(!editable);
            }
            name.setValue(nn(i.getName()));
            baseline.setValue(nn(i.getBaseline()));
            target.setValue(nn(i.getTarget()));
            name.getStyle().set("flex", "2 1 14em");
            baseline.getStyle().set("flex", "1 1 8em");
            target.getStyle().set("flex", "1 1 8em");
            add(name, baseline, target);
            if (editable) {
                for (TextField f : List.of(name, baseline, target)) {
                    Autosave.wire(f, state, ActionForm.this::save);
                }
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    indicators.remove(this);
                    indicatorRows.remove(this);
                    save();
                });
                remove.setAriaLabel(getTranslation("plan.indicator.remove"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add(remove);
            }
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-s)");
            setWidthFull();
        }
    }

    /** A linked good practice and how the city adapts it. */
    private final class PracticeRow extends HorizontalLayout {
        final PracticeLink link;
        final TextField adaptation = new TextField();

        PracticeRow(PracticeLink link) {
            this.link = link;
            Anchor a = new Anchor("practices/" + link.getPracticeId(), link.getPracticeTitle());
            adaptation.setPlaceholder(getTranslation("plan.action.adaptation"));
            adaptation.setAriaLabel(getTranslation("plan.action.adaptation"));
            adaptation.setMaxLength(PracticeLink.ADAPTATION_MAX);
            adaptation.setValue(nn(link.getAdaptation()));
            adaptation.setReadOnly(!editable);
            adaptation.setWidthFull();
            add(a, adaptation);
            if (editable) {
                Autosave.wire(adaptation, state, ActionForm.this::save);
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    practices.remove(this);
                    practiceRows.remove(this);
                    save();
                });
                remove.setAriaLabel(getTranslation("plan.action.unlink", link.getPracticeTitle()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add(remove);
            }
            setWidthFull();
            setAlignItems(Alignment.BASELINE);
            setFlexGrow(1, adaptation);
        }
    }
}
