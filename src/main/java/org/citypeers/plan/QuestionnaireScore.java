package org.citypeers.plan;

import java.util.List;
import java.util.Map;

/**
 * The self-assessment score: answered questions, and the answers as a percentage of the scale
 * (each answer counts (answer - min) / (max - min); unanswered questions do not count).
 */
public record QuestionnaireScore(int answered, int total, int percent) {

    public static QuestionnaireScore of(List<TemplateQuestion> questions, Map<Long, Integer> answers) {
        int answered = 0;
        double points = 0;
        for (TemplateQuestion q : questions) {
            Integer a = answers.get(q.getId());
            if (a != null && a >= q.getScaleMin() && a <= q.getScaleMax()) {
                answered++;
                points += (double) (a - q.getScaleMin()) / (q.getScaleMax() - q.getScaleMin());
            }
        }
        int percent = answered == 0 ? 0 : (int) Math.round(points * 100 / answered);
        return new QuestionnaireScore(answered, questions.size(), percent);
    }
}
