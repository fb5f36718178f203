package org.citypeers.practice;

import java.util.Optional;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a practice, in one place (docs: the lifecycle). The service enforces
 * these rules; views only use them to show or hide buttons.
 */
@Component
class PracticePermissions {

    private final CurrentUser currentUser;
    private final ProgrammeService programmes;

    PracticePermissions(CurrentUser currentUser, ProgrammeService programmes) {
        this.currentUser = currentUser;
        this.programmes = programmes;
    }

    Optional<UserAccount> me() {
        return currentUser.get();
    }

    boolean isAdmin(UserAccount u) {
        return u.hasRole(Roles.ADMIN);
    }

    /** A coordinator of the practice's own city. */
    boolean ownsCity(UserAccount u, GoodPractice p) {
        return u.hasRole(Roles.CITY_COORDINATOR) && u.getOrganisationId() != null && p.getCity() != null
                && u.getOrganisationId().equals(p.getCity().getId());
    }

    /** Published practices are public; the rest only for the city, experts, managers (not drafts) and admins. */
    boolean canView(GoodPractice p) {
        if (p.getStatus() == PracticeStatus.PUBLISHED) {
            return true;
        }
        return me().map(u -> isAdmin(u) || ownsCity(u, p) || u.getId().equals(p.getCreatedBy())
                || ((u.hasRole(Roles.EXPERT) || u.hasRole(Roles.PROGRAMME_MANAGER)) && p.getStatus() != PracticeStatus.DRAFT))
                .orElse(false);
    }

    boolean canEdit(GoodPractice p) {
        return me().map(u -> isAdmin(u) || (ownsCity(u, p) && p.getStatus().editableByCity())).orElse(false);
    }

    boolean canSubmit(GoodPractice p) {
        return p.getStatus().editableByCity() && canEdit(p);
    }

    boolean canValidate(GoodPractice p) {
        return p.getStatus() == PracticeStatus.SUBMITTED && me().map(u -> isAdmin(u) || u.hasRole(Roles.EXPERT)).orElse(false);
    }

    boolean canPublish(GoodPractice p) {
        return p.getStatus() == PracticeStatus.VALIDATED && me().map(u -> isAdmin(u) || u.hasRole(Roles.EXPERT)
                || (u.hasRole(Roles.PROGRAMME_MANAGER)
                        && (p.getProgramme() == null || programmes.canManage(p.getProgramme().getId())))).orElse(false);
    }

    /** Experts send back or reject what waits for validation or publication; admins may also withdraw a published one. */
    boolean canSendBackOrReject(GoodPractice p) {
        return me().map(u -> switch (p.getStatus()) {
            case SUBMITTED, VALIDATED -> isAdmin(u) || u.hasRole(Roles.EXPERT);
            case PUBLISHED -> isAdmin(u);
            default -> false;
        }).orElse(false);
    }

    boolean canDelete(GoodPractice p) {
        return me().map(u -> isAdmin(u) || (ownsCity(u, p) && p.getStatus() == PracticeStatus.DRAFT)).orElse(false);
    }

    PracticeActions actions(GoodPractice p) {
        boolean edit = canEdit(p);
        return new PracticeActions(edit, canSubmit(p), canValidate(p), canPublish(p), canSendBackOrReject(p),
                canSendBackOrReject(p), canDelete(p), edit);
    }
}
