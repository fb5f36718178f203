package org.citypeers.plan;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citypeers.plan.TemplateData.QuestionData;
import org.citypeers.plan.TemplateData.SectionData;

/** What a plan template must satisfy before it is saved; each refusal names the question it is about. */
final class TemplateRules {

    /** More questions than this is a survey, not a self-assessment. */
    static final int QUESTIONS_MAX = 50;

    private TemplateRules() {}

    static void check(TemplateData data) {
        if (data == null || data.sections() == null || data.questions() == null) {
            throw new IllegalArgumentException("The template is incomplete.");
        }
        Set<PlanSectionKind> seen = EnumSet.noneOf(PlanSectionKind.class);
        boolean anyIncluded = false;
        boolean questionnaire = false;
        for (SectionData s : data.sections()) {
            if (s.kind() == null || !seen.add(s.kind())) {
                throw new IllegalArgumentException("Each kind of section may appear once.");
            }
            boolean included = s.included() || s.required();
            anyIncluded |= included;
            questionnaire |= included && s.kind() == PlanSectionKind.QUESTIONNAIRE;
            if (s.guidance() != null && s.guidance().strip().length() > TemplateSection.GUIDANCE_MAX) {
                throw new TemplateValidationException("plan.template.error.guidanceTooLong", TemplateSection.GUIDANCE_MAX);
            }
        }
        require(anyIncluded, "plan.template.error.noSection");
        List<QuestionData> questions = data.questions();
        require(!questionnaire || !questions.isEmpty(), "plan.template.error.noQuestions");
        require(questions.size() <= QUESTIONS_MAX, "plan.template.error.tooManyQuestions", QUESTIONS_MAX);
        Map<String, Integer> texts = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionData q = questions.get(i);
            int number = i + 1;
            String text = text(q.text());
            require(!text.isEmpty(), "plan.template.error.questionText", number);
            require(text.length() <= TemplateQuestion.TEXT_MAX, "plan.template.error.questionTooLong", number, TemplateQuestion.TEXT_MAX);
            require(q.scaleMin() >= TemplateQuestion.SCALE_LOWEST && q.scaleMax() <= TemplateQuestion.SCALE_HIGHEST
                    && q.scaleMin() < q.scaleMax(), "plan.template.error.scale", number, TemplateQuestion.SCALE_LOWEST,
                    TemplateQuestion.SCALE_HIGHEST);
            Integer earlier = texts.putIfAbsent(text.toLowerCase(Locale.ROOT), number);
            require(earlier == null, "plan.template.error.duplicate", number, earlier);
        }
    }

    /** A question's text as stored: trimmed, runs of white space made one space. */
    static String text(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** Guidance as stored: trimmed, null when empty. */
    static String guidance(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void require(boolean ok, String key, Object... args) {
        if (!ok) {
            throw new TemplateValidationException(key, args);
        }
    }
}
