package org.citypeers.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders each section as plain, readable text: what a submitted version freezes, what versions are
 * compared on, and what an export can print. Labels are English because the snapshot is a record, not UI.
 */
final class PlanRenderer {

    private PlanRenderer() {}

    static Map<PlanSectionKind, String> render(PlanTemplate template, Map<PlanSectionKind, PlanSection> sections,
                                               List<PlanAction> actions) {
        Map<PlanSectionKind, String> out = new LinkedHashMap<>();
        for (TemplateSection ts : template.getSections()) {
            PlanSection s = sections.get(ts.getKind());
            out.put(ts.getKind(), s == null ? "" : render(ts.getKind(), s, template, actions));
        }
        return out;
    }

    static String render(PlanSectionKind kind, PlanSection s, PlanTemplate template, List<PlanAction> actions) {
        StringBuilder b = new StringBuilder();
        switch (kind) {
            case CHALLENGES -> {
                b.append("Themes: ").append(String.join(", ", s.getThemeCodes())).append("\n\n");
                b.append(nn(s.getText()));
            }
            case QUESTIONNAIRE -> {
                for (TemplateQuestion q : template.getQuestions()) {
                    Integer a = s.getAnswers().get(q.getId());
                    b.append(q.getText()).append(": ").append(a == null ? "–" : a + " / " + q.getScaleMax()).append('\n');
                }
                QuestionnaireScore score = QuestionnaireScore.of(template.getQuestions(), s.getAnswers());
                b.append("Score: ").append(score.percent()).append(" % (").append(score.answered()).append(" of ")
                        .append(score.total()).append(" answered)");
            }
            case STAKEHOLDERS -> {
                for (Stakeholder st : s.getStakeholders()) {
                    b.append("- ").append(st.getName()).append(" — ").append(nn(st.getRole())).append(" (influence: ")
                            .append(st.getInfluence() == null ? "–" : st.getInfluence()).append(", interest: ")
                            .append(st.getInterest() == null ? "–" : st.getInterest()).append(")\n");
                }
            }
            case ACTIONS -> {
                int i = 1;
                for (PlanAction a : actions) {
                    renderAction(b, i++, a);
                }
            }
            default -> b.append(nn(s.getText()));
        }
        return b.toString().strip();
    }

    private static void renderAction(StringBuilder b, int n, PlanAction a) {
        b.append(n).append(". ").append(a.getTitle()).append('\n');
        line(b, "Description", a.getDescription());
        line(b, "Objective", a.getObjective());
        line(b, "Lead", a.getLead());
        line(b, "Partners", a.getPartners());
        if (a.getStartDate() != null || a.getEndDate() != null) {
            line(b, "Period", (a.getStartDate() == null ? "?" : a.getStartDate()) + " – " + (a.getEndDate() == null ? "?" : a.getEndDate()));
        }
        if (a.getBudgetEur() != null) {
            line(b, "Budget", a.getBudgetEur() + " EUR");
        }
        line(b, "Funding source", a.getFundingSource());
        for (Indicator in : a.getIndicators()) {
            b.append("Indicator: ").append(in.getName()).append(": ").append(nn(in.getBaseline())).append(" → ")
                    .append(nn(in.getTarget())).append('\n');
        }
        for (PracticeLink p : a.getPractices()) {
            b.append("Adapts practice: ").append(p.getPracticeTitle()).append(" (#").append(p.getPracticeId()).append(")");
            if (p.getAdaptation() != null && !p.getAdaptation().isBlank()) {
                b.append(": ").append(p.getAdaptation());
            }
            b.append('\n');
        }
        b.append('\n');
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append(label).append(": ").append(value).append('\n');
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
