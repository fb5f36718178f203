package org.citypeers.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of "complete", per kind of section. A text section is complete at {@link #MIN_TEXT}
 * characters; challenges also need a theme; stakeholders need {@link #MIN_STAKEHOLDERS} fully
 * described; the questionnaire needs every answer; actions need at least one, each fully described.
 */
final class CompletenessCalculator {

    static final int MIN_TEXT = 150;
    static final int MIN_STAKEHOLDERS = 3;

    private CompletenessCalculator() {}

    static Completeness of(PlanTemplate template, Map<PlanSectionKind, PlanSection> sections, List<PlanAction> actions) {
        Map<PlanSectionKind, Integer> per = new EnumMap<>(PlanSectionKind.class);
        List<PlanSectionKind> missing = new ArrayList<>();
        for (TemplateSection ts : template.getSections()) {
            PlanSection s = sections.get(ts.getKind());
            int value = s == null ? 0 : percent(ts.getKind(), s, template, actions);
            per.put(ts.getKind(), value);
            if (ts.isRequired() && value < 100) {
                missing.add(ts.getKind());
            }
        }
        int overall = per.isEmpty() ? 0 : (int) Math.round(per.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        return new Completeness(per, overall, missing);
    }

    static int percent(PlanSectionKind kind, PlanSection s, PlanTemplate template, List<PlanAction> actions) {
        return switch (kind) {
            case CHALLENGES -> text(s.getText()) / 2 + (s.getThemeCodes().isEmpty() ? 0 : 50);
            case QUESTIONNAIRE -> {
                QuestionnaireScore score = QuestionnaireScore.of(template.getQuestions(), s.getAnswers());
                yield score.total() == 0 ? 100 : score.answered() * 100 / score.total();
            }
            case STAKEHOLDERS -> Math.min(100, (int) s.getStakeholders().stream().filter(Stakeholder::isComplete).count()
                    * 100 / MIN_STAKEHOLDERS);
            case ACTIONS -> actions.isEmpty() ? 0
                    : (int) Math.floor(actions.stream().mapToInt(CompletenessCalculator::action).average().orElse(0));
            default -> text(s.getText());
        };
    }

    static int text(String t) {
        int len = t == null ? 0 : t.strip().length();
        return Math.min(100, len * 100 / MIN_TEXT);
    }

    /** An action is complete with a description, objective, lead, dates, budget or funding and an indicator. */
    static int action(PlanAction a) {
        int filled = 0;
        filled += present(a.getTitle()) ? 1 : 0;
        filled += present(a.getDescription()) ? 1 : 0;
        filled += present(a.getObjective()) ? 1 : 0;
        filled += present(a.getLead()) ? 1 : 0;
        filled += a.getStartDate() != null ? 1 : 0;
        filled += a.getEndDate() != null ? 1 : 0;
        filled += a.getBudgetEur() != null || present(a.getFundingSource()) ? 1 : 0;
        filled += a.getIndicators().isEmpty() ? 0 : 1;
        return filled * 100 / 8;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
