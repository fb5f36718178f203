package org.citypeers.plan;

import java.util.List;
import java.util.Optional;
import org.citypeers.base.NotFoundException;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's managers assign experts to plans as mentors or jury members. The programme's
 * conflict-of-interest rule (data on its {@link PlanTemplate}; by default: not from the plan's own
 * city, nor from a city or organisation of the same country) is enforced here.
 */
@Service
@Transactional(readOnly = true)
public class ExpertAssignmentService {

    private final ExpertAssignmentRepository assignments;
    private final PlanAccess access;
    private final PlanTemplateService templates;
    private final UserAccountService accounts;
    private final CityService cities;
    private final CurrentUser currentUser;
    private final PlanAuditTrail audit;
    private final ApplicationEventPublisher events;

    ExpertAssignmentService(ExpertAssignmentRepository assignments, PlanAccess access, PlanTemplateService templates,
                            UserAccountService accounts, CityService cities, CurrentUser currentUser, PlanAuditTrail audit,
                            ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.access = access;
        this.templates = templates;
        this.accounts = accounts;
        this.cities = cities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** An assigned expert as the plan page shows them. */
    public record AssignedExpert(Long userId, String name, String affiliation, ExpertRole role, java.time.Instant assignedAt) {}

    /** An expert a manager could assign, with the conflict of interest that forbids it (null when there is none). */
    public record Candidate(Long userId, String name, String affiliation, String conflict) {
        public boolean eligible() {
            return conflict == null;
        }
    }

    /** The experts of a plan. Visible to everyone who may read the plan. */
    @PreAuthorize("isAuthenticated()")
    public List<AssignedExpert> experts(Long planId) {
        access.checkRead(planId);
        return assignments.findByPlanIdOrderByAssignedAtAsc(planId).stream().map(a -> {
            Optional<UserAccount> u = accounts.findById(a.getUserId());
            return new AssignedExpert(a.getUserId(), u.map(UserAccount::getName).orElse("?"),
                    u.flatMap(this::affiliation).map(City::getName).orElse(null), a.getRole(), a.getAssignedAt());
        }).toList();
    }

    /** All experts with whether they may be assigned to this plan. Managers of the plan's programme only. */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public List<Candidate> candidates(Long planId) {
        ActionPlan plan = access.checkManage(planId);
        PlanTemplate rule = templates.load(plan.getTemplateId());
        return accounts.findByRole(Roles.EXPERT).stream()
                .map(u -> new Candidate(u.getId(), u.getName(), affiliation(u).map(City::getName).orElse(null),
                        conflict(plan, rule, u).orElse(null)))
                .toList();
    }

    /**
     * Assigns an expert (or changes their role on the plan). Fails with a readable message if the
     * account is not an expert or the programme's conflict-of-interest rule excludes them.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public ExpertAssignment assign(Long planId, Long expertUserId, ExpertRole role) {
        ActionPlan plan = access.checkManage(planId);
        if (role == null) {
            throw new IllegalArgumentException("Choose mentor or jury member.");
        }
        if (plan.getStatus().isFinal()) {
            throw new IllegalArgumentException("The plan has been decided on; experts can no longer be assigned.");
        }
        UserAccount expert = accounts.findById(expertUserId).orElseThrow(() -> new NotFoundException("Account", expertUserId));
        if (!expert.hasRole(Roles.EXPERT) || !expert.isEnabled()) {
            throw new IllegalArgumentException(expert.getName() + " is not an active expert.");
        }
        Optional<String> conflict = conflict(plan, templates.load(plan.getTemplateId()), expert);
        if (conflict.isPresent()) {
            throw new IllegalArgumentException(expert.getName() + " cannot review this plan: " + conflict.get());
        }
        UserAccount me = currentUser.require();
        ExpertAssignment a = assignments.findByPlanIdAndUserId(planId, expertUserId).orElse(null);
        if (a == null) {
            a = assignments.save(new ExpertAssignment(planId, expertUserId, role, me.getName()));
        } else if (a.getRole() == role) {
            return a;
        } else {
            a.setRole(role);
        }
        audit.record(plan, me, PlanAuditEntry.Kind.EXPERT_ASSIGNED, null, null, expert.getName() + " (" + role.name().toLowerCase() + ")");
        events.publishEvent(new ExpertAssigned(planId, plan.getProgramme().getId(), expertUserId, role, me.getId()));
        return a;
    }

    /** Takes an expert off a plan. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public void unassign(Long planId, Long expertUserId) {
        ActionPlan plan = access.checkManage(planId);
        ExpertAssignment a = assignments.findByPlanIdAndUserId(planId, expertUserId)
                .orElseThrow(() -> new NotFoundException("Assignment", expertUserId));
        assignments.delete(a);
        UserAccount me = currentUser.require();
        String name = accounts.findById(expertUserId).map(UserAccount::getName).orElse("?");
        audit.record(plan, me, PlanAuditEntry.Kind.EXPERT_UNASSIGNED, null, null, name);
        events.publishEvent(new ExpertUnassigned(planId, plan.getProgramme().getId(), expertUserId, me.getId()));
    }

    /** Why the programme's rule excludes this expert from this plan, or empty when it does not. */
    static Optional<String> conflict(ActionPlan plan, PlanTemplate rule, UserAccount expert, Optional<City> affiliation) {
        if (affiliation.isEmpty()) {
            return Optional.empty();
        }
        City org = affiliation.get();
        if (rule.isExcludeSameCity() && org.getId().equals(plan.getCity().getId())) {
            return Optional.of("affiliated with " + org.getName() + ", the plan's own city.");
        }
        if (rule.isExcludeSameCountry() && org.getCountry().equalsIgnoreCase(plan.getCity().getCountry())) {
            return Optional.of("affiliated with " + org.getName() + " in the same country (" + org.getCountry() + ").");
        }
        return Optional.empty();
    }

    private Optional<String> conflict(ActionPlan plan, PlanTemplate rule, UserAccount expert) {
        return conflict(plan, rule, expert, affiliation(expert));
    }

    private Optional<City> affiliation(UserAccount u) {
        return u.getOrganisationId() == null ? Optional.empty() : Optional.of(cities.get(u.getOrganisationId()));
    }
}
