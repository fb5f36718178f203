package org.citypeers.review;

import java.util.ArrayList;
import java.util.List;
import org.citypeers.notification.NotificationMessage;
import org.citypeers.notification.NotificationService;
import org.citypeers.notification.NotificationType;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ExpertAssigned;
import org.citypeers.plan.ActionPlanRepository;
import org.citypeers.plan.PlanStatus;
import org.citypeers.plan.PlanStatusChanged;
import org.citypeers.plan.PlanSubmitted;
import org.citypeers.security.UserAccount;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the plan workflow's events into notifications (the plan feature does not know about them):
 * an expert hears of an assignment, managers and experts of a (re)submission, the city of a decision.
 * Runs inside the plan service's transaction, so notifications exist only if the change commits.
 */
@Component
class PlanNotifications {

    private final NotificationService notifications;
    private final ActionPlanRepository plans;
    private final PlanPeople people;

    PlanNotifications(NotificationService notifications, ActionPlanRepository plans, PlanPeople people) {
        this.notifications = notifications;
        this.plans = plans;
        this.people = people;
    }

    @EventListener
    void on(ExpertAssigned e) {
        ActionPlan plan = plans.findById(e.planId()).orElseThrow();
        notifications.notify(e.expertUserId(), NotificationType.ASSIGNMENT,
                NotificationMessage.of("review.notify.assigned", plan.displayName()), "reviews/" + e.planId());
    }

    @EventListener
    void on(PlanSubmitted e) {
        ActionPlan plan = plans.findById(e.planId()).orElseThrow();
        List<Long> experts = people.of(plan).stream().filter(p -> p.part() == PlanPeople.Part.EXPERT).map(PlanPeople.Person::userId).toList();
        if (e.resubmission()) {
            // the experts' next step is on their review page: revise their review for the new version
            notifications.notifyAll(people.managerIds(plan), NotificationType.SUBMISSION, NotificationMessage.of(
                    "review.notify.planResubmitted", plan.displayName(), e.versionNumber()), "plans/" + e.planId());
            notifications.notifyAll(experts, NotificationType.SUBMISSION, NotificationMessage.of(
                    "review.notify.revise", plan.displayName(), e.versionNumber()), "reviews/" + e.planId());
            return;
        }
        List<Long> recipients = new ArrayList<>(people.managerIds(plan));
        recipients.addAll(experts);
        notifications.notifyAll(recipients, NotificationType.SUBMISSION, NotificationMessage.of(
                "review.notify.planSubmitted", plan.displayName(), e.versionNumber()), "plans/" + e.planId());
    }

    @EventListener
    void on(PlanStatusChanged e) {
        if (e.to() != PlanStatus.CHANGES_REQUESTED && e.to() != PlanStatus.APPROVED && e.to() != PlanStatus.REJECTED
                && e.to() != PlanStatus.IN_REVIEW) {
            return;
        }
        ActionPlan plan = plans.findById(e.planId()).orElseThrow();
        notifications.notifyAll(people.coordinators(plan).stream().map(UserAccount::getId).toList(), NotificationType.DECISION,
                NotificationMessage.of("review.notify.status." + e.to().name(), plan.displayName(),
                        e.reason() == null ? "" : e.reason()), "plans/" + e.planId());
    }
}
