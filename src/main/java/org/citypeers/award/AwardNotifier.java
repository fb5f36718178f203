package org.citypeers.award;

import java.util.List;
import org.citypeers.notification.NotificationMessage;
import org.citypeers.notification.NotificationService;
import org.citypeers.notification.NotificationType;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the coordinators of the plan's city about a decision (awarded, declined, revoked). Runs inside
 * the deciding transaction, so a notification exists only when the decision is stored.
 */
@Component
class AwardNotifier {

    private final AwardRepository awards;
    private final UserAccountService accounts;
    private final NotificationService notifications;

    AwardNotifier(AwardRepository awards, UserAccountService accounts, NotificationService notifications) {
        this.awards = awards;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(AwardDecided event) {
        Award a = awards.findById(event.awardId()).orElse(null);
        if (a == null) {
            return;
        }
        List<Long> coordinators = accounts.findByRole(Roles.CITY_COORDINATOR).stream()
                .filter(u -> a.getCityId().equals(u.getOrganisationId())).map(UserAccount::getId).toList();
        String plan = a.getPlanTitle() == null ? a.getCityName() : a.getPlanTitle();
        NotificationMessage message = switch (event.status()) {
            case AWARDED -> NotificationMessage.of("award.notify.awarded", plan, a.fullTitle());
            case DECLINED -> NotificationMessage.of("award.notify.declined", plan, a.fullTitle());
            case REVOKED -> NotificationMessage.of("award.notify.revoked", plan, a.fullTitle(), a.getRevokeReason());
        };
        String link = event.status() == Award.Status.AWARDED ? AwardRoutes.award(a.getId()) : "plans/" + a.getPlanId();
        notifications.notifyAll(coordinators, NotificationType.DECISION, message, link);
    }
}
