package org.citypeers.review;

import java.util.Optional;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanAccess;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The access check every comment and review operation starts with, in one place: the plan must exist
 * and the signed-in person must be allowed to read it ({@link PlanAccess}); the answer says which part
 * they play in it, so that each service only adds its own rule.
 */
@Component
class ReviewAccess {

    /** The signed-in person on a plan they may read. {@code manager} includes admins. */
    record Participant(ActionPlan plan, UserAccount me, boolean assignedExpert, boolean manager) {

        Long planId() {
            return plan.getId();
        }

        /** Experts, the programme's managers and admins open threads; the city answers them. */
        boolean mayOpenThreads() {
            return assignedExpert || manager;
        }
    }

    private final PlanAccess access;
    private final CurrentUser currentUser;

    ReviewAccess(PlanAccess access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Throws {@code NotFoundException} for an unknown plan and {@link AccessDeniedException} when the person may not read it. */
    Participant require(Long planId) {
        ActionPlan plan = access.checkRead(planId);
        UserAccount me = currentUser.require();
        return new Participant(plan, me, access.isAssignedExpert(planId, me.getId()), access.canManage(planId));
    }

    /** As {@link #require}, and the person must be one of the plan's assigned experts. */
    Participant requireExpert(Long planId) {
        Participant p = require(planId);
        if (!p.assignedExpert()) {
            throw new AccessDeniedException("Only experts assigned to this plan score it.");
        }
        return p;
    }

    /** The signed-in person on the plan, or empty when nobody is signed in or they may not read it. */
    Optional<Participant> find(Long planId) {
        return currentUser.get().isPresent() && access.canRead(planId) ? Optional.of(require(planId)) : Optional.empty();
    }
}
