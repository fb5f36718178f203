package org.citypeers.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citypeers.base.ui.Confirm;
import org.citypeers.plan.TemplateData.QuestionData;
import org.citypeers.plan.TemplateQuestion;

/**
 * The programme's self-assessment questionnaire: questions in order, each with its scale; add, edit,
 * move up or down and remove (asking first when plans have answered the question). Every control is a
 * button or field reachable with the keyboard; moving keeps the focus on the moved question's button.
 */
class TemplateQuestionsEditor extends VerticalLayout {

    static final int DEFAULT_MIN = 1;
    static final int DEFAULT_MAX = 5;

    private final Map<Long, Long> answerCounts;
    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Paragraph empty = new Paragraph();

    TemplateQuestionsEditor(List<QuestionData> questions, Map<Long, Long> answerCounts) {
        this.answerCounts = answerCounts;
        setPadding(false);
        setId("template-questions");
        list.setPadding(false);
        empty.setText(getTranslation("plan.template.questions.empty"));
        empty.setId("questions-empty");
        empty.addClassName("cp-muted");
        Button add = new Button(getTranslation("plan.template.question.add"), VaadinIcon.PLUS.create(), e -> {
            Row r = addRow(new QuestionData(null, "", DEFAULT_MIN, DEFAULT_MAX));
            renumber();
            r.text.focus();
        });
        add.setId("add-question");
        questions.forEach(this::addRow);
        renumber();
        add(empty, list, add);
    }

    /** The questions as the manager has them, in order; an empty scale field counts as 0 (the service refuses it with a message). */
    List<QuestionData> value() {
        return rows.stream().map(r -> new QuestionData(r.id, r.text.getValue(), orZero(r.min.getValue()), orZero(r.max.getValue())))
                .toList();
    }

    private Row addRow(QuestionData q) {
        Row r = new Row(q.id());
        r.text.setMaxLength(TemplateQuestion.TEXT_MAX);
        r.text.setRequired(true);
        r.text.setValue(q.text() == null ? "" : q.text());
        r.text.setWidthFull();
        for (IntegerField f : List.of(r.min, r.max)) {
            f.setMin(TemplateQuestion.SCALE_LOWEST);
            f.setMax(TemplateQuestion.SCALE_HIGHEST);
            f.setStepButtonsVisible(true);
            f.setWidth("9em");
            f.addValueChangeListener(e -> checkScale(r));
        }
        r.min.setValue(q.scaleMin());
        r.max.setValue(q.scaleMax());
        r.min.setLabel(getTranslation("plan.template.question.from"));
        r.max.setLabel(getTranslation("plan.template.question.to"));
        r.up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        r.up.addClickListener(e -> move(r, -1, r.up));
        r.down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        r.down.addClickListener(e -> move(r, 1, r.down));
        r.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        r.remove.addClickListener(e -> remove(r));
        long answered = q.id() == null ? 0 : answerCounts.getOrDefault(q.id(), 0L);
        FlexLayout scale = new FlexLayout(r.min, r.max);
        scale.addClassName("cp-template-scale");
        FlexLayout buttons = new FlexLayout(r.up, r.down, r.remove);
        buttons.addClassName("cp-template-buttons");
        FlexLayout controls = new FlexLayout(scale, buttons);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        controls.setWidthFull();
        r.card.add(r.text, controls);
        if (answered > 0) {
            Span hint = new Span(getTranslation("plan.template.question.answered", answered));
            hint.addClassName("cp-muted");
            r.card.add(hint);
        }
        r.card.addClassNames("cp-card", "cp-template-question");
        r.card.getElement().setAttribute("role", "group");
        rows.add(r);
        list.add(r.card);
        return r;
    }

    private void checkScale(Row r) {
        Integer min = r.min.getValue();
        Integer max = r.max.getValue();
        boolean ok = min != null && max != null && min >= TemplateQuestion.SCALE_LOWEST && max <= TemplateQuestion.SCALE_HIGHEST && min < max;
        r.max.setInvalid(!ok);
        r.max.setErrorMessage(ok ? null : getTranslation("plan.template.question.scaleHint", TemplateQuestion.SCALE_LOWEST,
                TemplateQuestion.SCALE_HIGHEST));
    }

    private void move(Row r, int by, Button focusAfter) {
        int from = rows.indexOf(r);
        int to = from + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, r);
        list.removeAll();
        rows.forEach(x -> list.add(x.card));
        renumber();
        // at the top or bottom the button is disabled: keep the focus on the question's other move button
        (focusAfter.isEnabled() ? focusAfter : by < 0 ? r.down : r.up).focus();
    }

    private void remove(Row r) {
        long answered = r.id == null ? 0 : answerCounts.getOrDefault(r.id, 0L);
        int number = rows.indexOf(r) + 1;
        Runnable removal = () -> {
            rows.remove(r);
            list.remove(r.card);
            renumber();
        };
        if (answered == 0) {
            removal.run();
            return;
        }
        Confirm.ask(getTranslation("plan.template.question.remove.title", number),
                getTranslation("plan.template.question.remove.text", answered, r.text.getValue()),
                getTranslation("plan.template.question.remove.confirm"), removal);
    }

    /** Numbers, ids and accessible names follow the order, so "question 2" is always the second one. */
    private void renumber() {
        empty.setVisible(rows.isEmpty());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int n = i + 1;
            r.text.setLabel(getTranslation("plan.template.question.label", n));
            r.text.setId("question-text-" + n);
            r.min.setId("question-min-" + n);
            r.max.setId("question-max-" + n);
            r.up.setId("question-up-" + n);
            r.down.setId("question-down-" + n);
            r.remove.setId("question-remove-" + n);
            r.up.setAriaLabel(getTranslation("plan.template.question.up", n));
            r.down.setAriaLabel(getTranslation("plan.template.question.down", n));
            r.remove.setAriaLabel(getTranslation("plan.template.question.remove", n));
            r.up.setEnabled(i > 0);
            r.down.setEnabled(i < rows.size() - 1);
            r.card.setId("question-" + n);
            r.card.getElement().setAttribute("aria-label", getTranslation("plan.template.question.label", n));
        }
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static final class Row {
        final Long id;
        final Div card = new Div();
        final TextArea text = new TextArea();
        final IntegerField min = new IntegerField();
        final IntegerField max = new IntegerField();
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(Long id) {
            this.id = id;
        }
    }
}
