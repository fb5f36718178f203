package org.citypeers.review;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.notification.Notification;
import org.citypeers.notification.NotificationService;
import org.citypeers.plan.ActionData;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ExpertAssignmentService;
import org.citypeers.plan.ExpertRole;
import org.citypeers.plan.Indicator;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanTemplate;
import org.citypeers.plan.PlanWorkflowService;
import org.citypeers.plan.SectionContent;
import org.citypeers.plan.Stakeholder;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

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

    private static final AtomicInteger ROUNDS = new AtomicInteger(2070);

    private final org.citypeers.TestUsers testUsers;
    private final UserAccountRepository accounts;
    private final PlanService plans;
    private final PlanWorkflowService workflow;
    private final ExpertAssignmentService assignments;
    private final ProgrammeService programmes;
    private final CityService cities;
    private final NotificationService notifications;

    ReviewTestSupport(UserDetailsService users, UserAccountRepository accounts, PlanService plans, PlanWorkflowService workflow,
                      ExpertAssignmentService assignments, ProgrammeService programmes, CityService cities,
                      NotificationService notifications) {
        this.testUsers = new org.citypeers.TestUsers(users);
        this.accounts = accounts;
        this.plans = plans;
        this.workflow = workflow;
        this.assignments = assignments;
        this.programmes = programmes;
        this.cities = cities;
        this.notifications = notifications;
    }

    /** Runs the code as this account ({@link #VISITOR}: an anonymous visitor), then restores the previous context. */
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

    /** A new, complete and submitted Cultural Pearls plan of Tauragė with these experts assigned (as jury). */
    public ActionPlan submittedPlan(String... experts) {
        Programme pearls = programmes.findAll().stream().filter(p -> p.getShortName().equals("BSR Cultural Pearls"))
                .findFirst().orElseThrow();
        Long taurage = as(ADMIN, () -> cities.findAll().stream().filter(c -> c.getName().equals("Tauragė"))
                .map(City::getId).findFirst().orElseThrow());
        int round = ROUNDS.incrementAndGet();
        ActionPlan plan = as(COORDINATOR, () -> plans.create(pearls.getId(), taurage, round));
        as(COORDINATOR, () -> {
            PlanTemplate t = plans.templateOf(plan.getId());
            String text = "Tekstas ".repeat(25);
            for (PlanSection s : plans.sections(plan.getId())) {
                SectionContent c = switch (s.getKind()) {
                    case CHALLENGES -> new SectionContent(text, List.of("ageing"), List.of(), Map.of());
                    case QUESTIONNAIRE -> {
                        Map<Long, Integer> answers = new HashMap<>();
                        t.getQuestions().forEach(q -> answers.put(q.getId(), 4));
                        yield new SectionContent(null, List.of(), List.of(), answers);
                    }
                    case STAKEHOLDERS -> new SectionContent(null, List.of(), List.of(
                            new Stakeholder("Kultūros centras", "Lead", Stakeholder.Level.HIGH, Stakeholder.Level.HIGH),
                            new Stakeholder("Jaunimas", "Participants", Stakeholder.Level.LOW, Stakeholder.Level.HIGH),
                            new Stakeholder("Savivaldybė", "Funder", Stakeholder.Level.HIGH, Stakeholder.Level.MEDIUM)), Map.of());
                    case ACTIONS -> null;
                    default -> SectionContent.ofText(text + s.getKind());
                };
                if (c != null) {
                    plans.saveSection(plan.getId(), s.getKind(), s.getVersion(), c);
                }
            }
            plans.addAction(plan.getId(), new ActionData("Dirbtuvės", "Aprašymas", "Tikslas", "Kultūros centras", "Jaunimas",
                    LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 1000L, "Biudžetas",
                    List.of(new Indicator("Dalyviai", "0", "100")), List.of()));
            workflow.submit(plan.getId(), null);
        });
        as(MANAGER, () -> {
            for (String e : experts) {
                assignments.assign(plan.getId(), account(e).getId(), ExpertRole.JURY);
            }
        });
        return plan;
    }

    /** The notifications of this person (newest first). */
    public List<Notification> notificationsOf(String email) {
        return as(email, () -> notifications.mine());
    }
}
