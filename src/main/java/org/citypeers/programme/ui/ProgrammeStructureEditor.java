package org.citypeers.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammePhase;
import org.citypeers.programme.ProgrammeService.CriterionData;
import org.citypeers.programme.ProgrammeService.PhaseData;

/** Edits a programme's phases and weighted award criteria as rows that can be added and removed. */
class ProgrammeStructureEditor extends VerticalLayout {

    private final List<PhaseRow> phases = new ArrayList<>();
    private final List<CriterionRow> criteria = new ArrayList<>();
    private final VerticalLayout phaseRows = new VerticalLayout();
    private final VerticalLayout criterionRows = new VerticalLayout();
    private final Span total = new Span();

    ProgrammeStructureEditor(Programme p, Consumer<ProgrammeStructureEditor> onSave) {
        setPadding(false);
        phaseRows.setPadding(false);
        criterionRows.setPadding(false);
        p.getPhases().forEach(ph -> addPhase(ph.getKind(), ph.getName(), ph.getStartsOn(), ph.getEndsOn()));
        p.getCriteria().forEach(c -> addCriterion(c.getName(), c.getWeight()));
        Button addPhase = new Button(getTranslation("programme.phase.add"), VaadinIcon.PLUS.create(),
                e -> addPhase(ProgrammePhase.Kind.OTHER, "", null, null));
        addPhase.setId("add-phase");
        Button addCriterion = new Button(getTranslation("programme.criterion.add"), VaadinIcon.PLUS.create(),
                e -> addCriterion("", 0));
        addCriterion.setId("add-criterion");
        Button save = new Button(getTranslation("programme.structure.save"), e -> onSave.accept(this));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-structure");
        total.setId("criteria-total");
        add(new H2(getTranslation("programme.phases")), phaseRows, addPhase,
                new H2(getTranslation("programme.criteria")), criterionRows, total, addCriterion, save);
        updateTotal();
    }

    List<PhaseData> phases() {
        return phases.stream().map(r -> new PhaseData(r.kind.getValue(), r.name.getValue(), r.from.getValue(), r.to.getValue())).toList();
    }

    /** Criteria in order; an empty weight counts as 0 and is refused by the service with a message. */
    List<CriterionData> criteria() {
        return criteria.stream().map(r -> new CriterionData(r.name.getValue(), null, r.weight.getValue() == null ? 0 : r.weight.getValue()))
                .toList();
    }

    private void addPhase(ProgrammePhase.Kind kind, String name, java.time.LocalDate from, java.time.LocalDate to) {
        PhaseRow r = new PhaseRow();
        r.kind.setItems(ProgrammePhase.Kind.values());
        r.kind.setItemLabelGenerator(k -> getTranslation("programme.phase.kind." + k));
        r.kind.setLabel(getTranslation("programme.phase.type"));
        r.kind.setValue(kind);
        r.name.setLabel(getTranslation("programme.phase"));
        r.name.setMaxLength(120);
        r.name.setValue(name);
        r.from.setLabel(getTranslation("programme.from"));
        r.from.setValue(from);
        r.to.setLabel(getTranslation("programme.to"));
        r.to.setValue(to);
        Button remove = removeButton(() -> {
            phases.remove(r);
            phaseRows.remove(r.row);
        });
        r.row.add(r.kind, r.name, r.from, r.to, remove);
        phases.add(r);
        phaseRows.add(r.row);
    }

    private void addCriterion(String name, int weight) {
        CriterionRow r = new CriterionRow();
        r.name.setLabel(getTranslation("programme.criterion"));
        r.name.setMaxLength(200);
        r.name.setValue(name);
        r.name.setMinWidth("16em");
        r.weight.setLabel(getTranslation("programme.weight") + " (%)");
        r.weight.setMin(1);
        r.weight.setMax(100);
        r.weight.setStepButtonsVisible(true);
        r.weight.setValue(weight == 0 ? null : weight);
        r.weight.addValueChangeListener(e -> updateTotal());
        Button remove = removeButton(() -> {
            criteria.remove(r);
            criterionRows.remove(r.row);
            updateTotal();
        });
        r.row.add(r.name, r.weight, remove);
        criteria.add(r);
        criterionRows.add(r.row);
        updateTotal();
    }

    private Button removeButton(Runnable action) {
        Button b = new Button(VaadinIcon.TRASH.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        b.setAriaLabel(getTranslation("action.delete"));
        return b;
    }

    private void updateTotal() {
        int sum = criteria.stream().mapToInt(r -> r.weight.getValue() == null ? 0 : r.weight.getValue()).sum();
        total.setText(getTranslation("programme.criteria.total", sum));
        total.getStyle().set("color", criteria.isEmpty() || sum == 100 ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private static FlexLayout row() {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        row.setWidthFull();
        return row;
    }

    private static final class PhaseRow {
        final FlexLayout row = row();
        final Select<ProgrammePhase.Kind> kind = new Select<>();
        final TextField name = new TextField();
        final DatePicker from = new DatePicker();
        final DatePicker to = new DatePicker();
    }

    private static final class CriterionRow {
        final FlexLayout row = row();
        final TextField name = new TextField();
        final IntegerField weight = new IntegerField();
    }
}
