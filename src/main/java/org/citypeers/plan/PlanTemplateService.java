package org.citypeers.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citypeers.base.NotFoundException;
import org.citypeers.plan.TemplateData.QuestionData;
import org.citypeers.plan.TemplateData.SectionData;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.CurrentUser;
import org.hibernate.Hibernate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan template of each programme: read by everyone, shaped by the programme's managers (admins:
 * every programme). A programme without a template of its own follows the default one until a manager
 * first saves; then it gets its own copy and its plans follow it. What a change means for existing plans
 * is in docs/adr/0011-editable-plan-templates.md.
 */
@Service
@Transactional(readOnly = true)
public class PlanTemplateService {

    private final PlanTemplateRepository templates;
    private final ActionPlanRepository plans;
    private final PlanSectionRepository sections;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    PlanTemplateService(PlanTemplateRepository templates, ActionPlanRepository plans, PlanSectionRepository sections,
                        ProgrammeService programmes, CurrentUser currentUser) {
        this.templates = templates;
        this.plans = plans;
        this.sections = sections;
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    /** The programme's own template, or the default one. Public: the sections of a programme's plans are no secret. */
    public PlanTemplate forProgramme(Long programmeId) {
        PlanTemplate t = current(programmeId);
        Hibernate.initialize(t.getQuestions());
        return t;
    }

    PlanTemplate load(Long templateId) {
        PlanTemplate t = templates.findById(templateId).orElseThrow(() -> new NotFoundException("Template", templateId));
        Hibernate.initialize(t.getQuestions());
        return t;
    }

    /** Whether the signed-in person may change the programme's template (its managers and admins). */
    public boolean canEdit(Long programmeId) {
        return programmes.canManage(programmeId);
    }

    /** The programme's template as the editor works with it: every section kind in order, included or not. */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public TemplateData forEditing(Long programmeId) {
        programmes.checkCanManage(programmeId);
        PlanTemplate t = forProgramme(programmeId);
        List<SectionData> kinds = new ArrayList<>();
        for (PlanSectionKind kind : PlanSectionKind.values()) {
            Optional<TemplateSection> s = t.section(kind);
            kinds.add(new SectionData(kind, s.isPresent(), s.map(TemplateSection::isRequired).orElse(false),
                    s.map(TemplateSection::getGuidance).orElse(null)));
        }
        List<QuestionData> questions = t.getQuestions().stream()
                .map(q -> new QuestionData(q.getId(), q.getText(), q.getScaleMin(), q.getScaleMax())).toList();
        return new TemplateData(t.getId(), t.getVersion(), kinds, questions,
                new TemplateData.ConflictRule(t.isExcludeSameCity(), t.isExcludeSameCountry()));
    }

    /** How many of the programme's plans answered each question of its template (question id to plans). */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public Map<Long, Long> answerCounts(Long programmeId) {
        programmes.checkCanManage(programmeId);
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : sections.countAnswersByQuestion(programmeId, current(programmeId).getId())) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Saves the programme's template: which sections are included and required (required implies
     * included), their guidance, the questionnaire in order, and the conflict-of-interest rule for experts. The programme's managers and admins
     * only. Refuses an invalid template with a {@link TemplateValidationException} and a template someone
     * saved since {@code data} was loaded with a {@link TemplateConflictException}; nothing is written then.
     * Plans that follow the template get a (blank) section for each newly included kind; content of
     * sections left out and answers to removed questions are kept, unseen and uncounted.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public PlanTemplate update(Long programmeId, TemplateData data) {
        programmes.checkCanManage(programmeId);
        PlanTemplate current = current(programmeId);
        if (data == null || !current.getId().equals(data.templateId()) || current.getVersion() != data.version()) {
            throw new TemplateConflictException(current.getId(), current.getUpdatedBy(), current.getUpdatedAt());
        }
        TemplateRules.check(data);
        checkScalesKeepAnswers(programmeId, current, data);
        PlanTemplate t = current.isDefault() ? ownCopy(programmes.get(programmeId), current) : current;
        applySections(t, data.sections());
        Map<Long, TemplateQuestion> byLoadedId = applyQuestions(t, data.questions());
        if (data.conflictRule() != null) {
            t.setExcludeSameCity(data.conflictRule().sameCity());
            t.setExcludeSameCountry(data.conflictRule().sameCountry());
        }
        t.stamp(currentUser.require().getName());
        t = templates.saveAndFlush(t);
        if (current.isDefault()) {
            follow(programmeId, current, t, byLoadedId);
        }
        addMissingSections(t);
        return load(t.getId());
    }

    /**
     * A scale may be narrowed only if no plan has an answer outside the new one: such an answer would no
     * longer count, and the next save of the questionnaire would drop it. The manager widens the scale
     * again or asks the cities to change their answers first.
     */
    private void checkScalesKeepAnswers(Long programmeId, PlanTemplate current, TemplateData data) {
        Map<Long, TemplateQuestion> existing = current.getQuestions().stream()
                .collect(Collectors.toMap(TemplateQuestion::getId, q -> q));
        for (int i = 0; i < data.questions().size(); i++) {
            QuestionData d = data.questions().get(i);
            TemplateQuestion q = d.id() == null ? null : existing.get(d.id());
            if (q == null || (d.scaleMin() <= q.getScaleMin() && d.scaleMax() >= q.getScaleMax())) {
                continue;
            }
            long outside = sections.countAnswersOutside(programmeId, current.getId(), q.getId(), d.scaleMin(), d.scaleMax());
            if (outside > 0) {
                throw new TemplateValidationException("plan.template.error.scaleAnswered", i + 1, outside,
                        d.scaleMin(), d.scaleMax());
            }
        }
    }

    private PlanTemplate current(Long programmeId) {
        return templates.findByProgrammeId(programmeId).or(templates::findDefault)
                .orElseThrow(() -> new IllegalStateException("No default plan template (migration V4 adds one)."));
    }

    private static PlanTemplate ownCopy(Programme programme, PlanTemplate from) {
        PlanTemplate t = new PlanTemplate(programme.getId(), programme.getName());
        t.setExcludeSameCity(from.isExcludeSameCity());
        t.setExcludeSameCountry(from.isExcludeSameCountry());
        return t;
    }

    private static void applySections(PlanTemplate t, List<SectionData> data) {
        Map<PlanSectionKind, SectionData> wanted = new EnumMap<>(PlanSectionKind.class);
        data.stream().filter(s -> s.included() || s.required()).forEach(s -> wanted.put(s.kind(), s));
        t.getSections().removeIf(s -> !wanted.containsKey(s.getKind()));
        wanted.forEach((kind, s) -> t.section(kind).ifPresentOrElse(ts -> {
            ts.setRequired(s.required());
            ts.setGuidance(TemplateRules.guidance(s.guidance()));
        }, () -> t.addSection(kind, s.required(), TemplateRules.guidance(s.guidance()))));
        t.getSections().sort(Comparator.comparing(TemplateSection::getKind));
        for (int i = 0; i < t.getSections().size(); i++) {
            t.getSections().get(i).setPosition(i);
        }
    }

    /** Applies the questions in order; returns the template's question for each id the editor sent (for the default's copy). */
    private static Map<Long, TemplateQuestion> applyQuestions(PlanTemplate t, List<QuestionData> data) {
        Map<Long, TemplateQuestion> existing = t.getQuestions().stream().collect(Collectors.toMap(TemplateQuestion::getId, q -> q));
        Map<Long, TemplateQuestion> byLoadedId = new HashMap<>();
        List<TemplateQuestion> ordered = new ArrayList<>();
        for (QuestionData d : data) {
            String text = TemplateRules.text(d.text());
            TemplateQuestion q = d.id() == null ? null : existing.remove(d.id());
            if (q == null) {
                q = new TemplateQuestion(text, d.scaleMin(), d.scaleMax(), ordered.size());
            } else {
                q.change(text, d.scaleMin(), d.scaleMax());
            }
            if (d.id() != null) {
                byLoadedId.put(d.id(), q);
            }
            q.setPosition(ordered.size());
            ordered.add(q);
        }
        t.getQuestions().clear();
        t.getQuestions().addAll(ordered);
        return byLoadedId;
    }

    /** The programme's plans that followed the default template follow its new own one, answers carried over. */
    private void follow(Long programmeId, PlanTemplate from, PlanTemplate to, Map<Long, TemplateQuestion> byLoadedId) {
        Map<Long, Long> newIds = new HashMap<>();
        byLoadedId.forEach((old, q) -> newIds.put(old, q.getId()));
        for (ActionPlan p : plans.findByProgrammeAndTemplate(programmeId, from.getId())) {
            p.followTemplate(to.getId());
            if (!newIds.isEmpty()) {
                sections.findByPlanAndKind(p.getId(), PlanSectionKind.QUESTIONNAIRE).ifPresent(s -> s.renumberAnswers(newIds));
            }
        }
    }

    /** Every plan following the template gets a blank section for each kind the template now includes. */
    private void addMissingSections(PlanTemplate t) {
        Set<PlanSectionKind> kinds = t.getSections().stream().map(TemplateSection::getKind).collect(Collectors.toSet());
        for (ActionPlan p : plans.findByTemplate(t.getId())) {
            Set<PlanSectionKind> missing = new HashSet<>(kinds);
            sections.findByPlan(p.getId()).forEach(s -> missing.remove(s.getKind()));
            missing.forEach(kind -> sections.save(new PlanSection(p, kind)));
        }
    }
}
