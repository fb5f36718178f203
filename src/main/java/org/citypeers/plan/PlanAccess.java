package org.citypeers.plan;

import java.util.Optional;
import org.citypeers.base.NotFoundException;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a plan, in one place (used by the plan services and by review and award):
 * a city's coordinators read and edit its plans; assigned experts read them; the programme's managers
 * read them, assign experts and decide; admins may do everything; anonymous visitors nothing.
 */
@Component
@Transactional(readOnly = true)
public class PlanAccess {

    private final ActionPlanRepository plans;
    private final ExpertAssignmentRepository assignments;
    private final CurrentUser currentUser;

    PlanAccess(ActionPlanRepository plans, ExpertAssignmentRepository assignments, CurrentUser currentUser) {
        this.plans = plans;
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person may see this plan (false for unknown plans and visitors). */
    public boolean canRead(Long planId) {
        return plan(planId).map(this::canRead).orElse(false);
    }

    /** Whether the signed-in person may change the plan's content (its status permitting). */
    public boolean canEdit(Long planId) {
        return plan(planId).map(this::canEdit).orElse(false);
    }

    /** Whether the signed-in person manages the plan's programme (assigns experts, decides on the plan). */
    public boolean canManage(Long planId) {
        return plan(planId).map(this::canManage).orElse(false);
    }

    /** Whether this account is assigned to the plan as an expert (mentor or jury). */
    public boolean isAssignedExpert(Long planId, Long userId) {
        return planId != null && userId != null && assignments.existsByPlanIdAndUserId(planId, userId);
    }

    /** Whether the signed-in person is assigned to the plan as an expert. */
    public boolean isAssignedExpert(Long planId) {
        return currentUser.get().map(me -> isAssignedExpert(planId, me.getId())).orElse(false);
    }

    /** Whether the signed-in person coordinates the plan's city. */
    public boolean isCityCoordinator(Long planId) {
        return plan(planId).map(p -> currentUser.get().map(me -> coordinates(me, p)).orElse(false)).orElse(false);
    }

    /** Throws {@link NotFoundException} for unknown plans and {@link AccessDeniedException} when the person may not read it. */
    public ActionPlan checkRead(Long planId) {
        ActionPlan p = plan(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        if (!canRead(p)) {
            throw new AccessDeniedException("You may not see this plan.");
        }
        return p;
    }

    /** Throws unless the person may edit this plan's content. */
    public ActionPlan checkEdit(Long planId) {
        ActionPlan p = plan(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        if (!canEdit(p)) {
            throw new AccessDeniedException("Only the city's coordinators may change this plan.");
        }
        return p;
    }

    /** Throws unless the person manages the plan's programme. */
    public ActionPlan checkManage(Long planId) {
        ActionPlan p = plan(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        if (!canManage(p)) {
            throw new AccessDeniedException("Only the programme's managers may do this.");
        }
        return p;
    }

    boolean canRead(ActionPlan p) {
        return currentUser.get().map(me -> me.hasRole(Roles.ADMIN) || coordinates(me, p) || manages(me, p)
                || (me.hasRole(Roles.EXPERT) && isAssignedExpert(p.getId(), me.getId()))).orElse(false);
    }

    boolean canEdit(ActionPlan p) {
        return currentUser.get().map(me -> me.hasRole(Roles.ADMIN) || coordinates(me, p)).orElse(false);
    }

    boolean canManage(ActionPlan p) {
        return currentUser.get().map(me -> me.hasRole(Roles.ADMIN) || manages(me, p)).orElse(false);
    }

    static boolean coordinates(UserAccount me, ActionPlan p) {
        return me.hasRole(Roles.CITY_COORDINATOR) && p.getCity().getId().equals(me.getOrganisationId());
    }

    static boolean manages(UserAccount me, ActionPlan p) {
        return me.hasRole(Roles.PROGRAMME_MANAGER) && p.getProgramme().getManagerIds().contains(me.getId());
    }

    private Optional<ActionPlan> plan(Long planId) {
        return planId == null ? Optional.empty() : plans.findById(planId);
    }
}
