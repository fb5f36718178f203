package org.citypeers.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.citypeers.city.CityRepository;
import org.citypeers.city.Partnership;
import org.citypeers.city.PartnershipRepository;
import org.citypeers.notification.Notification;
import org.citypeers.notification.NotificationService;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ExpertAssignmentService;
import org.citypeers.plan.ExpertRole;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanStatus;
import org.citypeers.plan.PlanTestSupport;
import org.citypeers.plan.PlanWorkflowService;
import org.citypeers.programme.AwardCriterion;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeRepository;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Acts as demo people and builds submitted plans with experts for the review tests (each its own round). */
@Component
public class ReviewTestSupport {

    public static final String EXPERT = "expert@citypeers.eu";
    public static final String EXPERT2 = "expert2@citypeers.eu";
    public static final String COORDINATOR = "coordinator@citypeers.eu";
    public static final String COORDINATOR2 = "coordinator2@citypeers.eu";
    public static final String OTHER_CITY = "lublin@citypeers.eu";
    public static final String MANAGER = "manager@citypeers.eu";
    public static final String ADMIN = "admin@citypeers.eu";
    /** Stands for an anonymous visitor in {@link #as}. */
    public static final String VISITOR = null;

    private final org.citypeers.TestUsers testUsers;
    private final UserAccountRepository accounts;
    private final PlanTestSupport planSupport;
    private final PlanService plans;
    private final PlanWorkflowService workflow;
    private final ExpertAssignmentService assignments;
    private final ReviewService reviews;
    private final NotificationService notifications;
    private final ProgrammeRepository programmes;
    private final PartnershipRepository partnerships;
    private final CityRepository cities;
    private final TransactionTemplate tx;

    ReviewTestSupport(UserDetailsService users, UserAccountRepository accounts, PlanTestSupport planSupport, PlanService plans,
                      PlanWorkflowService workflow, ExpertAssignmentService assignments, ReviewService reviews,
                      NotificationService notifications, ProgrammeRepository programmes, PartnershipRepository partnerships,
                      CityRepository cities, TransactionTemplate tx) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.cities = cities;
        this.tx = tx;
        this.testUsers = new org.citypeers.TestUsers(users);
        this.accounts = accounts;
        this.planSupport = planSupport;
        this.plans = plans;
        this.workflow = workflow;
        this.assignments = assignments;
        this.reviews = reviews;
        this.notifications = notifications;
    }

    /** Runs the code signed in as this account (null: as an anonymous visitor); see {@link org.citypeers.TestUsers}. */
    public <T> T as(String email, Supplier<T> code) {
        return testUsers.as(email, code);
    }

    public void as(String email, Runnable code) {
        testUsers.as(email, code);
    }

    public UserAccount account(String email) {
        return accounts.findByEmailIgnoreCase(email).orElseThrow();
    }

    /**
     * A new, complete and submitted plan of Tauragė with these experts assigned (as jury), in a programme
     * of its own (see {@link #programme}), so that no other test shares its plans, reviews or rounds.
     */
    public ActionPlan submittedPlan(String... experts) {
        Long taurage = planSupport.taurage();
        return submittedPlan(COORDINATOR, programme("Review test", taurage).getId(), taurage, 2030, null, experts);
    }

    /**
     * A programme of its own, managed by manager@, with the three award criteria of Cultural Pearls
     * weighted 40/30/30 and these cities as partners.
     */
    public Programme programme(String name, Long... partnerCityIds) {
        Long managerId = account(MANAGER).getId();
        return tx.execute(status -> {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            Programme p = new Programme(name + " " + unique, "T-" + unique);
            p.setAwardTitle(name + " Pearl");
            p.addCriterion(new AwardCriterion("Innovative and holistic approach", null, 40));
            p.addCriterion(new AwardCriterion("Participatory methods and cultural tools", null, 30));
            p.addCriterion(new AwardCriterion("Capacity to deliver", null, 30));
            p.getManagerIds().add(managerId);
            Programme saved = programmes.save(p);
            for (Long city : partnerCityIds) {
                partnerships.save(new Partnership(saved, cities.findById(city).orElseThrow(), Partnership.Role.PARTNER));
            }
            return saved;
        });
    }

    /**
     * A new plan of the city in the programme's round, its required sections filled and submitted by
     * {@code who} (a coordinator of the city, or admin@), with these experts assigned (as jury) by manager@.
     */
    public ActionPlan submittedPlan(String who, Long programmeId, Long cityId, int round, String summary, String... experts) {
        return submit(who, completePlan(who, programmeId, cityId, round, summary), experts);
    }

    /** A new plan of the city in the programme's round with every required section filled by {@code who}, still a draft. */
    public ActionPlan completePlan(String who, Long programmeId, Long cityId, int round, String summary) {
        ActionPlan plan = as(who, () -> plans.create(programmeId, cityId, round));
        planSupport.completeRequired(plan.getId(), who, summary);
        return plan;
    }

    /** {@code who} submits the plan, then manager@ assigns these experts (as jury). */
    public ActionPlan submit(String who, ActionPlan plan, String... experts) {
        as(who, () -> workflow.submit(plan.getId(), null));
        as(MANAGER, () -> {
            for (String e : experts) {
                assignments.assign(plan.getId(), account(e).getId(), ExpertRole.JURY);
            }
        });
        return plan;
    }

    /** manager@ sends the plan back to the city with a reason. */
    public void requestChanges(ActionPlan plan) {
        as(MANAGER, () -> workflow.changeStatus(plan.getId(), plans.get(plan.getId()).getVersion(), PlanStatus.CHANGES_REQUESTED,
                "Please make the monitoring measurable."));
    }

    /** The manager asks for changes and coordinator@ resubmits: the plan's next version is out for review. */
    public ActionPlan resubmit(ActionPlan plan) {
        if (as(MANAGER, () -> plans.get(plan.getId())).getStatus() != PlanStatus.CHANGES_REQUESTED) {
            requestChanges(plan);
        }
        as(COORDINATOR, () -> workflow.submit(plan.getId(), "Monitoring rewritten"));
        return as(MANAGER, () -> plans.get(plan.getId()));
    }

    /**
     * A review with these scores for the programme's criteria in order; {@code complete} adds a
     * justification per criterion, a recommendation and a comment, as submitting needs.
     */
    public ReviewData review(ActionPlan plan, boolean complete, int... values) {
        List<ReviewService.Criterion> criteria = as(ADMIN, () -> reviews.criteria(plan.getId()));
        Map<Long, ReviewData.Entry> scores = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            scores.put(criteria.get(i).id(), new ReviewData.Entry(values[i % values.length],
                    complete ? "Because of " + criteria.get(i).name() : null));
        }
        return new ReviewData(scores, complete ? Recommendation.AWARD_WITH_CHANGES : null, complete ? "Good" : null);
    }

    /** The notifications of this person (newest first). */
    public List<Notification> notificationsOf(String email) {
        return as(email, () -> notifications.mine());
    }
}
