package org.citypeers.review;

import static org.citypeers.security.RunAs.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ActionPlanRepository;
import org.citypeers.plan.ExpertAssignmentService;
import org.citypeers.plan.ExpertRole;
import org.citypeers.plan.PlanAccess;
import org.citypeers.plan.PlanStatus;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo data of the review feature, after the plan demo: expert@ and expert2@ assigned to the submitted
 * demo plan, a comment thread with an answer, and one submitted review. Goes through the services (as
 * the demo people), so notifications appear too. Runs only when no review data exists yet.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "citypeers.demo.enabled", havingValue = "true")
class ReviewDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);

    private final ActionPlanRepository plans;
    private final UserAccountRepository accounts;
    private final PlanReviewRepository reviewRows;
    private final CommentThreadRepository threadRows;
    private final ExpertAssignmentService assignments;
    private final PlanAccess access;
    private final CommentService comments;
    private final ReviewService reviews;
    private final PlanPeople people;

    ReviewDemoData(ActionPlanRepository plans, UserAccountRepository accounts, PlanReviewRepository reviewRows,
                   CommentThreadRepository threadRows, ExpertAssignmentService assignments, PlanAccess access,
                   CommentService comments, ReviewService reviews, PlanPeople people) {
        this.plans = plans;
        this.accounts = accounts;
        this.reviewRows = reviewRows;
        this.threadRows = threadRows;
        this.assignments = assignments;
        this.access = access;
        this.comments = comments;
        this.reviews = reviews;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reviewRows.count() > 0 || threadRows.count() > 0) {
            return;
        }
        Optional<ActionPlan> submitted = plans.findAllOrdered().stream().filter(p -> p.getStatus() == PlanStatus.SUBMITTED).findFirst();
        Optional<UserAccount> manager = accounts.findByEmailIgnoreCase("manager@citypeers.eu");
        Optional<UserAccount> expert = accounts.findByEmailIgnoreCase("expert@citypeers.eu");
        Optional<UserAccount> expert2 = accounts.findByEmailIgnoreCase("expert2@citypeers.eu");
        Optional<UserAccount> admin = accounts.findByEmailIgnoreCase("admin@citypeers.eu");
        if (submitted.isEmpty() || manager.isEmpty() || expert.isEmpty() || expert2.isEmpty()) {
            log.info("Review demo data skipped: no submitted demo plan or demo experts.");
            return;
        }
        ActionPlan plan = submitted.get();
        try {
            as(manager.get(), () -> {
                for (UserAccount e : List.of(expert.get(), expert2.get())) {
                    if (!access.isAssignedExpert(plan.getId(), e.getId())) {
                        assignments.assign(plan.getId(), e.getId(), ExpertRole.JURY);
                    }
                }
            });
            CommentService.ThreadView thread = as(expert.get(), () -> comments.startThread(plan.getId(), "CONTEXT", null,
                    "The baseline is clear, but how many residents took part in cultural activities last year? "
                            + "@" + expert2.get().getName() + " do you know comparable figures from Viljandi?"));
            UserAccount answerer = people.coordinators(plan).stream().findFirst().or(() -> admin).orElse(manager.get());
            as(answerer, () -> comments.reply(thread.id(), "About 21 % of residents in 2025, counted at the culture centre "
                    + "and the summer festival. We will add the figure to the baseline."));
            as(expert.get(), () -> {
                Map<Long, ReviewData.Entry> scores = new LinkedHashMap<>();
                int[] demo = {8, 7, 7, 6};
                List<ReviewService.Criterion> criteria = reviews.criteria(plan.getId());
                for (int i = 0; i < criteria.size(); i++) {
                    scores.put(criteria.get(i).id(), new ReviewData.Entry(demo[i % demo.length],
                            "Demo justification for " + criteria.get(i).name().toLowerCase(java.util.Locale.ROOT) + "."));
                }
                return reviews.submit(plan.getId(), null, new ReviewData(scores, Recommendation.AWARD_WITH_CHANGES,
                        "A convincing plan; the monitoring needs clearer indicators."));
            });
            log.info("Review demo data loaded for {}: two experts, one comment thread, one submitted review.", plan.displayName());
        } catch (RuntimeException e) {
            log.warn("Review demo data incomplete: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
