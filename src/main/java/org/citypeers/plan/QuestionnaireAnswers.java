package org.citypeers.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers to questions a programme manager has since removed from the template are kept (they are
 * not counted, see docs/adr/0011-editable-plan-templates.md): an editor never sends them, an editor
 * loaded before the removal may, and neither may wipe or change them.
 */
final class QuestionnaireAnswers {

    private QuestionnaireAnswers() {}

    /** The content with only the answers to the template's current questions. */
    static SectionContent ofCurrentQuestions(PlanTemplate template, SectionContent c) {
        if (c.answers() == null) {
            return c;
        }
        Set<Long> current = ids(template);
        Map<Long, Integer> answers = new HashMap<>();
        c.answers().forEach((q, a) -> {
            if (current.contains(q)) {
                answers.put(q, a);
            }
        });
        return new SectionContent(c.text(), c.themeCodes(), c.stakeholders(), answers);
    }

    /** The content plus the stored answers to questions no longer in the template. */
    static SectionContent keepingRemoved(PlanTemplate template, SectionContent c, Map<Long, Integer> stored) {
        Set<Long> current = ids(template);
        Map<Long, Integer> answers = new HashMap<>(c.answers() == null ? Map.of() : c.answers());
        stored.forEach((q, a) -> {
            if (!current.contains(q)) {
                answers.put(q, a);
            }
        });
        return new SectionContent(c.text(), c.themeCodes(), c.stakeholders(), answers);
    }

    private static Set<Long> ids(PlanTemplate template) {
        return template.getQuestions().stream().map(TemplateQuestion::getId).collect(Collectors.toSet());
    }
}
