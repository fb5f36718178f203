package org.citypeers.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ExpertAssignment;
import org.citypeers.plan.ExpertAssignmentRepository;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.springframework.stereotype.Component;

/**
 * The people involved in a plan: its assigned experts, its city's coordinators and its programme's
 * managers. They can be mentioned in comments and are the ones notified about the plan's review.
 * Call only after the caller's access to the plan has been checked; reads without a security check so
 * that it also serves event listeners and start-up jobs.
 */
@Component
class PlanPeople {

    /** Someone who may see the plan, with the part they play in it. */
    record Person(Long userId, String name, Part part) {}

    enum Part { EXPERT, COORDINATOR, MANAGER }

    private final ExpertAssignmentRepository assignments;
    private final UserAccountRepository accounts;

    PlanPeople(ExpertAssignmentRepository assignments, UserAccountRepository accounts) {
        this.assignments = assignments;
        this.accounts = accounts;
    }

    List<Person> of(ActionPlan plan) {
        Map<Long, Person> people = new LinkedHashMap<>();
        assignments.findByPlanIdOrderByAssignedAtAsc(plan.getId()).stream().map(ExpertAssignment::getUserId)
                .forEach(id -> accounts.findById(id).filter(UserAccount::isEnabled)
                        .ifPresent(u -> people.putIfAbsent(u.getId(), new Person(u.getId(), u.getName(), Part.EXPERT))));
        coordinators(plan).forEach(u -> people.putIfAbsent(u.getId(), new Person(u.getId(), u.getName(), Part.COORDINATOR)));
        plan.getProgramme().getManagerIds().forEach(id -> accounts.findById(id)
                .filter(u -> u.isEnabled() && u.hasRole(Roles.PROGRAMME_MANAGER))
                .ifPresent(u -> people.putIfAbsent(u.getId(), new Person(u.getId(), u.getName(), Part.MANAGER))));
        return new ArrayList<>(people.values());
    }

    List<UserAccount> coordinators(ActionPlan plan) {
        return accounts.findByOrganisationId(plan.getCity().getId()).stream()
                .filter(u -> u.isEnabled() && u.hasRole(Roles.CITY_COORDINATOR)).toList();
    }

    List<Long> managerIds(ActionPlan plan) {
        return of(plan).stream().filter(p -> p.part() == Part.MANAGER).map(Person::userId).toList();
    }

    String nameOf(Long userId) {
        return userId == null ? "" : accounts.findById(userId).map(UserAccount::getName).orElse("?");
    }
}
