package org.citypeers.plan.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.QuestionnaireScore;
import org.citypeers.plan.SectionContent;
import org.citypeers.plan.TemplateQuestion;

/** The programme's self-assessment: one scale per question, saved on every answer, with the computed score. */
class QuestionnaireEditor extends SectionEditor {

    private final List<TemplateQuestion> questions;
    private final Map<Long, RadioButtonGroup<Integer>> groups = new HashMap<>();
    private final Span score = new Span();
    /** Answers to questions the programme has removed since: kept as they are, so that saving never drops them. */
    private final Map<Long, Integer> kept = new HashMap<>();

    QuestionnaireEditor(PlanService plans, PlanSection section, String guidance, List<TemplateQuestion> questions,
                        boolean editable, Runnable onSaved, Runnable onStateChange) {
        super(plans, section, editable, onSaved, onStateChange);
        this.questions = questions;
        section.getAnswers().forEach((id, a) -> {
            if (questions.stream().noneMatch(q -> q.getId().equals(id))) {
                kept.put(id, a);
            }
        });
        add(state);
        if (guidance != null) {
            add(new Paragraph(guidance));
        }
        score.setId("questionnaire-score");
        score.addClassName("cp-plan-score");
        add(score);
        int i = 0;
        for (TemplateQuestion q : questions) {
            RadioButtonGroup<Integer> g = new RadioButtonGroup<>((++i) + ". " + q.getText());
            g.setItems(IntStream.rangeClosed(q.getScaleMin(), q.getScaleMax()).boxed().toList());
            g.setHelperText(getTranslation("plan.questionnaire.scale", q.getScaleMin(), q.getScaleMax()));
            g.setId("question-" + i);
            g.setValue(onScale(q, section.getAnswers().get(q.getId())));
            g.setReadOnly(!editable);
            if (editable) {
                Autosave.onChange(g, () -> {
                    save();
                    updateScore();
                });
            }
            groups.put(q.getId(), g);
            add(g);
        }
        updateScore();
    }

    private void updateScore() {
        QuestionnaireScore s = QuestionnaireScore.of(questions, read().answers());
        score.setText(getTranslation("plan.questionnaire.score", s.percent(), s.answered(), s.total()));
    }

    /** An answer given before the programme changed the question's scale may lie outside it: it shows as unanswered. */
    private static Integer onScale(TemplateQuestion q, Integer answer) {
        return answer != null && answer >= q.getScaleMin() && answer <= q.getScaleMax() ? answer : null;
    }

    @Override
    SectionContent read() {
        Map<Long, Integer> answers = new HashMap<>(kept);
        groups.forEach((id, g) -> {
            if (g.getValue() != null) {
                answers.put(id, g.getValue());
            }
        });
        return new SectionContent(null, List.of(), List.of(), answers);
    }

    @Override
    void show(SectionContent content) {
        questions.forEach(q -> groups.get(q.getId()).setValue(onScale(q, content.answers().get(q.getId()))));
        updateScore();
    }

    @Override
    String describe(SectionContent c) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (TemplateQuestion q : questions) {
            Integer a = c.answers().get(q.getId());
            b.append(++i).append(". ").append(q.getText()).append(": ").append(a == null ? "–" : a).append('\n');
        }
        return b.toString();
    }
}
