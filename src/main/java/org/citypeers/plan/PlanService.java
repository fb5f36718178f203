package org.citypeers.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citypeers.base.NotFoundException;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.city.Partnership;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans and their content. Every method checks access through {@link PlanAccess}; content can
 * change only while the plan is a draft or changes were requested. Sections and actions are saved
 * one at a time with the version the editor loaded; a stale version is a {@link SectionConflictException}.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final ActionPlanRepository plans;
    private final PlanSectionRepository sections;
    private final PlanActionRepository actions;
    private final PlanTemplateService templates;
    private final PlanAccess access;
    private final ExpertAssignmentRepository assignments;
    private final CityService cities;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private final PlanAuditTrail audit;
    private final ApplicationEventPublisher events;

    PlanService(ActionPlanRepository plans, PlanSectionRepository sections, PlanActionRepository actions,
                PlanTemplateService templates, PlanAccess access, ExpertAssignmentRepository assignments, CityService cities,
                ProgrammeService programmes, CurrentUser currentUser, PlanAuditTrail audit, ApplicationEventPublisher events) {
        this.plans = plans;
        this.sections = sections;
        this.actions = actions;
        this.templates = templates;
        this.access = access;
        this.assignments = assignments;
        this.cities = cities;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** The plans the signed-in person may see: their city's, their programmes', those assigned to them; all for admins. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionPlan> findVisible() {
        UserAccount me = currentUser.require();
        if (me.hasRole(Roles.ADMIN)) {
            return plans.findAllOrdered();
        }
        Set<ActionPlan> out = new LinkedHashSet<>();
        if (me.hasRole(Roles.CITY_COORDINATOR) && me.getOrganisationId() != null) {
            out.addAll(plans.findByCity(me.getOrganisationId()));
        }
        if (me.hasRole(Roles.PROGRAMME_MANAGER)) {
            List<Long> ids = programmes.findManagedByMe().stream().map(Programme::getId).toList();
            if (!ids.isEmpty()) {
                out.addAll(plans.findByProgrammes(ids));
            }
        }
        if (me.hasRole(Roles.EXPERT)) {
            out.addAll(assignedTo(me.getId()));
        }
        return new ArrayList<>(out);
    }

    /** The plans of one programme that the signed-in person may see. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionPlan> findForProgramme(Long programmeId) {
        return findVisible().stream().filter(p -> p.getProgramme().getId().equals(programmeId)).toList();
    }

    /** The plans of one city that the signed-in person may see. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionPlan> findForCity(Long cityId) {
        return findVisible().stream().filter(p -> p.getCity().getId().equals(cityId)).toList();
    }

    /** The plans the signed-in expert is assigned to. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionPlan> findAssignedToMe() {
        return assignedTo(currentUser.require().getId());
    }

    private List<ActionPlan> assignedTo(Long userId) {
        Collection<Long> ids = assignments.findByUserId(userId).stream().map(ExpertAssignment::getPlanId).toList();
        return ids.isEmpty() ? List.of() : plans.findByIds(ids);
    }

    /** One plan, if the signed-in person may read it. */
    @PreAuthorize("isAuthenticated()")
    public ActionPlan get(Long planId) {
        return access.checkRead(planId);
    }

    /** The template the plan follows (sections in order, with the questionnaire loaded). */
    @PreAuthorize("isAuthenticated()")
    public PlanTemplate templateOf(Long planId) {
        return templates.load(access.checkRead(planId).getTemplateId());
    }

    /** The plan's sections in the template's order. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanSection> sections(Long planId) {
        ActionPlan p = access.checkRead(planId);
        PlanTemplate t = templates.load(p.getTemplateId());
        Map<PlanSectionKind, PlanSection> byKind = byKind(planId);
        return t.getSections().stream().map(ts -> byKind.get(ts.getKind())).filter(java.util.Objects::nonNull).toList();
    }

    /** The section keys of the plan, in order (for comment threads and exports). */
    @PreAuthorize("isAuthenticated()")
    public List<String> sectionKeys(Long planId) {
        return sections(planId).stream().map(PlanSection::getKey).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public PlanSection section(Long planId, PlanSectionKind kind) {
        access.checkRead(planId);
        return sections.findByPlanAndKind(planId, kind).orElseThrow(() -> new NotFoundException("Section", kind));
    }

    /** The plan's actions in order. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanAction> actions(Long planId) {
        access.checkRead(planId);
        return actions.findByPlan(planId);
    }

    /** One action (its plan must be readable). */
    @PreAuthorize("isAuthenticated()")
    public PlanAction action(Long actionId) {
        PlanAction a = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
        access.checkRead(a.getPlanId());
        return a;
    }

    /** Completeness per section and overall, and which required sections still miss something. */
    @PreAuthorize("isAuthenticated()")
    public Completeness completeness(Long planId) {
        ActionPlan p = access.checkRead(planId);
        return CompletenessCalculator.of(templates.load(p.getTemplateId()), byKind(planId), actions.findByPlan(planId));
    }

    /** The self-assessment score of the plan. */
    @PreAuthorize("isAuthenticated()")
    public QuestionnaireScore questionnaireScore(Long planId) {
        ActionPlan p = access.checkRead(planId);
        PlanTemplate t = templates.load(p.getTemplateId());
        return QuestionnaireScore.of(t.getQuestions(),
                sections.findByPlanAndKind(planId, PlanSectionKind.QUESTIONNAIRE).map(PlanSection::getAnswers).orElse(Map.of()));
    }

    /** The plan's English summary, if written. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> englishSummary(Long planId) {
        access.checkRead(planId);
        return summaryText(planId);
    }

    /**
     * The English summary of an approved plan, for public pages (award pages); empty for plans that are
     * not approved. Needs no sign-in: the summary of an approved plan is meant to be published.
     */
    public Optional<String> publicSummary(Long planId) {
        return plans.findById(planId).filter(p -> p.getStatus() == PlanStatus.APPROVED).flatMap(p -> summaryText(planId));
    }

    private Optional<String> summaryText(Long planId) {
        return sections.findByPlanAndKind(planId, PlanSectionKind.SUMMARY).map(PlanSection::getText).filter(s -> !s.isBlank());
    }

    /** Every section rendered as readable text (what a version freezes; useful for exports). */
    @PreAuthorize("isAuthenticated()")
    public Map<PlanSectionKind, String> render(Long planId) {
        ActionPlan p = access.checkRead(planId);
        return PlanRenderer.render(templates.load(p.getTemplateId()), byKind(planId), actions.findByPlan(planId));
    }

    Map<PlanSectionKind, PlanSection> byKind(Long planId) {
        Map<PlanSectionKind, PlanSection> m = new EnumMap<>(PlanSectionKind.class);
        sections.findByPlan(planId).forEach(s -> m.put(s.getKind(), s));
        return m;
    }

    /** The programmes in which the signed-in coordinator's city may start a plan (it is a partner there). */
    @PreAuthorize("isAuthenticated()")
    public List<Programme> programmesICanStartIn() {
        UserAccount me = currentUser.require();
        if (!me.hasRole(Roles.CITY_COORDINATOR) || me.getOrganisationId() == null) {
            return List.of();
        }
        return cities.programmesOf(me.getOrganisationId()).stream().map(Partnership::getProgramme).toList();
    }

    /** Starts a plan for a city in a programme round; the city's coordinators (or an admin) only, the city must be a partner. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CITY_COORDINATOR')")
    public ActionPlan create(Long programmeId, Long cityId, int round) {
        UserAccount me = currentUser.require();
        if (!me.hasRole(Roles.ADMIN) && !cityId.equals(me.getOrganisationId())) {
            throw new AccessDeniedException("You may start plans only for your own city.");
        }
        if (round < 2000 || round > 2100) {
            throw new IllegalArgumentException("The round must be a year between 2000 and 2100.");
        }
        City city = cities.get(cityId);
        Programme programme = programmes.get(programmeId);
        if (cities.partnersOf(programmeId).stream().noneMatch(p -> p.getCity().getId().equals(cityId))) {
            throw new IllegalArgumentException(city.getName() + " is not a partner of " + programme.getShortName() + ".");
        }
        if (plans.existsByProgrammeIdAndCityIdAndRound(programmeId, cityId, round)) {
            throw new IllegalArgumentException(city.getName() + " already has a plan for " + programme.getShortName() + " " + round + ".");
        }
        PlanTemplate template = templates.forProgramme(programmeId);
        ActionPlan plan = plans.save(new ActionPlan(programme, city, template.getId(), round, city.mainLanguage()));
        for (TemplateSection ts : template.getSections()) {
            sections.save(new PlanSection(plan, ts.getKind()));
        }
        audit.record(plan, me, PlanAuditEntry.Kind.CREATED, null, PlanStatus.DRAFT, null);
        events.publishEvent(new PlanCreated(plan.getId(), programmeId, cityId, me.getId()));
        return plan;
    }

    /**
     * Saves one section. {@code expectedVersion} is the section version the editor loaded; if someone
     * saved the section since, nothing is written and a {@link SectionConflictException} carries their text.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PlanSection saveSection(Long planId, PlanSectionKind kind, long expectedVersion, SectionContent content) {
        ActionPlan plan = checkEditable(planId);
        PlanSection s = sections.findByPlanAndKind(planId, kind).orElseThrow(() -> new NotFoundException("Section", kind));
        if (s.getVersion() != expectedVersion) {
            throw new SectionConflictException(PlanSection.class, s.getId(), s.content(), s.getVersion(), s.getUpdatedBy());
        }
        PlanTemplate template = templates.load(plan.getTemplateId());
        SectionContent mine = kind == PlanSectionKind.QUESTIONNAIRE ? QuestionnaireAnswers.ofCurrentQuestions(template, content) : content;
        validate(kind, mine, template);
        UserAccount me = currentUser.require();
        s.apply(kind == PlanSectionKind.QUESTIONNAIRE ? QuestionnaireAnswers.keepingRemoved(template, mine, s.getAnswers()) : mine);
        s.stamp(me.getId(), me.getName());
        plan.touch();
        return sections.saveAndFlush(s);
    }

    /** Adds an action at the end of the plan. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PlanAction addAction(Long planId, ActionData data) {
        ActionPlan plan = checkEditable(planId);
        validate(data);
        int position = actions.findByPlan(planId).stream().mapToInt(PlanAction::getPosition).max().orElse(-1) + 1;
        PlanAction a = new PlanAction(plan, position, data.title());
        a.apply(data);
        a.stamp(currentUser.require().getName());
        plan.touch();
        return actions.saveAndFlush(a);
    }

    /** Changes an action; a stale {@code expectedVersion} is a conflict (nothing is written). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PlanAction updateAction(Long actionId, long expectedVersion, ActionData data) {
        PlanAction a = actions.findById(actionId).orElseThrow(() -> new SectionConflictException(PlanAction.class, actionId, null, -1, null));
        ActionPlan plan = checkEditable(a.getPlanId());
        if (a.getVersion() != expectedVersion) {
            throw new SectionConflictException(PlanAction.class, actionId, a.data(), a.getVersion(), a.getUpdatedBy());
        }
        validate(data);
        a.apply(data);
        a.stamp(currentUser.require().getName());
        plan.touch();
        return actions.saveAndFlush(a);
    }

    /** Removes an action; a stale {@code expectedVersion} is a conflict. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteAction(Long actionId, long expectedVersion) {
        PlanAction a = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
        ActionPlan plan = checkEditable(a.getPlanId());
        if (a.getVersion() != expectedVersion) {
            throw new SectionConflictException(PlanAction.class, actionId, a.data(), a.getVersion(), a.getUpdatedBy());
        }
        actions.delete(a);
        plan.touch();
    }

    /** Links a good practice to an action in one step (a snapshot of its title is kept). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PlanAction linkPractice(Long actionId, long practiceId, String practiceTitle, String adaptation) {
        PlanAction a = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
        ActionPlan plan = checkEditable(a.getPlanId());
        if (practiceTitle == null || practiceTitle.isBlank()) {
            throw new IllegalArgumentException("The practice needs a title.");
        }
        if (a.getPractices().stream().anyMatch(p -> p.getPracticeId() == practiceId)) {
            throw new IllegalArgumentException("This practice is already linked to the action.");
        }
        a.addPractice(new PracticeLink(practiceId, cut(practiceTitle.strip(), PracticeLink.TITLE_MAX), adaptation));
        a.stamp(currentUser.require().getName());
        plan.touch();
        return actions.saveAndFlush(a);
    }

    private ActionPlan checkEditable(Long planId) {
        ActionPlan plan = access.checkEdit(planId);
        if (!plan.getStatus().isEditable()) {
            throw new IllegalArgumentException("The plan is " + plan.getStatus().name().toLowerCase().replace('_', ' ')
                    + " and cannot be changed now.");
        }
        return plan;
    }

    static void validate(PlanSectionKind kind, SectionContent c, PlanTemplate template) {
        if (c.text() != null && c.text().length() > PlanSection.TEXT_MAX) {
            throw new IllegalArgumentException("The text is longer than " + PlanSection.TEXT_MAX + " characters.");
        }
        if (c.themeCodes() != null && String.join(",", c.themeCodes()).length() > PlanSection.THEMES_MAX) {
            throw new IllegalArgumentException("Too many themes.");
        }
        if (c.stakeholders() != null) {
            for (Stakeholder s : c.stakeholders()) {
                require(s.getName() != null && !s.getName().isBlank() && s.getName().length() <= Stakeholder.NAME_MAX,
                        "Every stakeholder needs a name of at most " + Stakeholder.NAME_MAX + " characters.");
                require(s.getRole() == null || s.getRole().length() <= Stakeholder.ROLE_MAX, "A stakeholder's role is too long.");
            }
        }
        if (c.answers() != null) {
            for (Map.Entry<Long, Integer> e : c.answers().entrySet()) {
                TemplateQuestion q = template.getQuestions().stream().filter(x -> x.getId().equals(e.getKey())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Unknown question " + e.getKey()));
                require(e.getValue() != null && e.getValue() >= q.getScaleMin() && e.getValue() <= q.getScaleMax(),
                        "Answer on the scale " + q.getScaleMin() + "–" + q.getScaleMax() + ".");
            }
        }
    }

    static void validate(ActionData d) {
        require(d.title() != null && !d.title().isBlank() && d.title().length() <= PlanAction.TITLE_MAX,
                "The action needs a title of at most " + PlanAction.TITLE_MAX + " characters.");
        require(d.description() == null || d.description().length() <= PlanAction.DESCRIPTION_MAX, "The description is too long.");
        require(d.objective() == null || d.objective().length() <= PlanAction.OBJECTIVE_MAX, "The objective is too long.");
        require(d.lead() == null || d.lead().length() <= PlanAction.LEAD_MAX, "The lead is too long.");
        require(d.partners() == null || d.partners().length() <= PlanAction.PARTNERS_MAX, "The partners text is too long.");
        require(d.fundingSource() == null || d.fundingSource().length() <= PlanAction.FUNDING_MAX, "The funding source is too long.");
        require(d.budgetEur() == null || (d.budgetEur() >= 0 && d.budgetEur() <= 1_000_000_000L), "The budget must be between 0 and 1,000,000,000 EUR.");
        require(d.startDate() == null || d.endDate() == null || !d.endDate().isBefore(d.startDate()), "The action cannot end before it starts.");
        if (d.indicators() != null) {
            for (Indicator i : d.indicators()) {
                require(i.getName() != null && !i.getName().isBlank() && i.getName().length() <= Indicator.MAX
                        && (i.getBaseline() == null || i.getBaseline().length() <= Indicator.MAX)
                        && (i.getTarget() == null || i.getTarget().length() <= Indicator.MAX),
                        "Every indicator needs a name; name, baseline and target have at most " + Indicator.MAX + " characters.");
            }
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
