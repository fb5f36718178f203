package org.citypeers.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citypeers.award.docx.PlanDocx;
import org.citypeers.award.pdf.Labels;
import org.citypeers.award.pdf.PlanDocument;
import org.citypeers.award.pdf.PlanPdf;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.Completeness;
import org.citypeers.plan.PlanAction;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanTemplate;
import org.citypeers.plan.QuestionnaireScore;
import org.citypeers.plan.Stakeholder;
import org.citypeers.plan.TemplateQuestion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports an action plan to PDF and DOCX for the people who may read it (the plan feature's access rules apply:
 * the city's coordinators, the programme's managers, the assigned experts, admins).
 */
@Service
@Transactional(readOnly = true)
public class PlanExportService {

    private final PlanService plans;

    public PlanExportService(PlanService plans) {
        this.plans = plans;
    }

    /** The plan as a tagged PDF; labels in the reader's language, the plan's texts as the city wrote them. */
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(Long planId, Labels labels, Locale locale) {
        return PlanPdf.render(document(planId, labels, locale), labels);
    }

    /**
     * The plan as a Word document (DOCX) with the same content as the PDF: heading styles for the outline,
     * tables with header rows, the plan's language and its city as author.
     */
    @PreAuthorize("isAuthenticated()")
    public byte[] docx(Long planId, Labels labels, Locale locale) {
        return PlanDocx.render(document(planId, labels, locale), labels);
    }

    /** The plan as the exports print it, its parts in the template's order. */
    @PreAuthorize("isAuthenticated()")
    public PlanDocument document(Long planId, Labels labels, Locale locale) {
        ActionPlan plan = plans.get(planId);
        PlanTemplate template = plans.templateOf(planId);
        Completeness completeness = plans.completeness(planId);
        String summary = null;
        List<PlanDocument.Part> parts = new ArrayList<>();
        for (PlanSection s : plans.sections(planId)) {
            PlanSectionKind kind = s.getKind();
            String title = labels.get("award.pdf.section." + kind.name());
            Integer percent = completeness.perSection().get(kind);
            switch (kind) {
                case SUMMARY -> summary = s.getText();
                case CHALLENGES -> {
                    String themes = String.join(", ", s.getThemeCodes());
                    String text = (themes.isEmpty() ? "" : labels.get("award.pdf.themes", themes) + "\n\n") + nn(s.getText());
                    parts.add(new PlanDocument.Section(title, text.strip(), percent));
                }
                case QUESTIONNAIRE -> parts.add(questionnaire(template, s.getAnswers(), plans.questionnaireScore(planId), labels));
                case STAKEHOLDERS -> parts.add(new PlanDocument.Stakeholders(labels.get("award.pdf.stakeholders"),
                        s.getStakeholders().stream().map(st -> new PlanDocument.Stakeholder(st.getName(), st.getRole(),
                                level(st.getInfluence(), labels), level(st.getInterest(), labels))).toList()));
                case ACTIONS -> parts.add(new PlanDocument.Actions(labels.get("award.pdf.actions"),
                        plans.actions(planId).stream().map(PlanExportService::action).toList()));
                default -> parts.add(new PlanDocument.Section(title, s.getText(), percent));
            }
        }
        return new PlanDocument(plan.displayName(), plan.getCity().getName(),
                new Locale("", plan.getCity().getCountry()).getDisplayCountry(locale), plan.getProgramme().getName(),
                plan.getLanguage(), labels.get("award.pdf.status." + plan.getStatus().name()),
                plan.getLatestVersion() > 0 ? plan.getLatestVersion() : null, summary, parts);
    }

    private static PlanDocument.Questionnaire questionnaire(PlanTemplate t, Map<Long, Integer> answers, QuestionnaireScore score,
                                                            Labels labels) {
        List<PlanDocument.Answer> rows = new ArrayList<>();
        for (TemplateQuestion q : t.getQuestions()) {
            Integer a = answers.get(q.getId());
            rows.add(new PlanDocument.Answer(q.getText(), a == null ? "–" : a + " / " + q.getScaleMax()));
        }
        return new PlanDocument.Questionnaire(labels.get("award.pdf.questionnaire"),
                labels.get("award.pdf.questionnaireResult", score.percent(), score.answered(), score.total()), rows);
    }

    private static PlanDocument.Action action(PlanAction a) {
        return new PlanDocument.Action(a.getTitle(), a.getDescription(), a.getObjective(), a.getLead(), a.getPartners(),
                a.getStartDate(), a.getEndDate(), a.getBudgetEur() == null ? null : String.format(Locale.ROOT, "%,d EUR", a.getBudgetEur()).replace(',', ' '),
                a.getFundingSource(),
                a.getIndicators().stream().map(i -> new PlanDocument.Indicator(i.getName(), i.getBaseline(), i.getTarget())).toList(),
                a.getPractices().stream().map(p -> p.getPracticeTitle()
                        + (p.getAdaptation() == null || p.getAdaptation().isBlank() ? "" : ": " + p.getAdaptation())).toList());
    }

    private static String level(Stakeholder.Level level, Labels labels) {
        return level == null ? "–" : labels.get("award.pdf.level." + level.name());
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
