package org.citypeers.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.citypeers.notification.NotificationMessage;
import org.citypeers.notification.NotificationService;
import org.citypeers.notification.NotificationType;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanAccess;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanStatus;
import org.citypeers.programme.AwardCriterion;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experts score the plans assigned to them against the programme's weighted award criteria: a draft,
 * then a submitted review that no longer changes. An expert sees the other experts' reviews only after
 * submitting their own; the programme's managers (and admins) see all submitted reviews; the city does
 * not see scores. {@link #summary} is the read API of the award rules.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    /** A criterion as the review form shows it. */
    public record Criterion(Long id, String name, String description, int weight) {}

    /** A review as shown to someone allowed to see it. */
    public record ReviewView(Long id, Long planId, Long expertId, String expertName, PlanReview.Status status,
                             Recommendation recommendation, String overallComment, Instant submittedAt, long version,
                             Map<Long, ReviewData.Entry> scores, Double weightedScore) {
        public boolean isSubmitted() {
            return status == PlanReview.Status.SUBMITTED;
        }
    }

    /** A plan assigned to the signed-in expert with where their review stands (null: not started). */
    public record Assignment(ActionPlan plan, PlanReview.Status reviewStatus) {}

    private final PlanReviewRepository reviews;
    private final PlanAccess access;
    private final PlanService plans;
    private final ProgrammeService programmes;
    private final PlanPeople people;
    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ReviewService(PlanReviewRepository reviews, PlanAccess access, PlanService plans, ProgrammeService programmes,
                  PlanPeople people, CurrentUser currentUser, NotificationService notifications,
                  ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.access = access;
        this.plans = plans;
        this.programmes = programmes;
        this.people = people;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.events = events;
    }

    /** The programme's award criteria for a plan, in order. */
    @PreAuthorize("isAuthenticated()")
    public List<Criterion> criteria(Long planId) {
        ActionPlan plan = access.checkRead(planId);
        return criteriaOf(plan).stream().map(c -> new Criterion(c.getId(), c.getName(), c.getDescription(), c.getWeight())).toList();
    }

    /** Whether the signed-in person is an expert assigned to this plan (and so may score it). */
    public boolean canReview(Long planId) {
        return access.isAssignedExpert(planId);
    }

    /** The signed-in expert's own review of a plan, if started. */
    @PreAuthorize("hasRole('EXPERT')")
    public Optional<ReviewView> myReview(Long planId) {
        UserAccount me = checkReviewer(planId);
        ActionPlan plan = access.checkRead(planId);
        return reviews.findByPlanIdAndExpertId(planId, me.getId()).map(r -> view(r, me.getName(), criteriaOf(plan)));
    }

    /** Saves the signed-in expert's draft; {@code expectedVersion} is null for a first save. */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public ReviewView saveDraft(Long planId, Long expectedVersion, ReviewData data) {
        UserAccount me = checkReviewer(planId);
        ActionPlan plan = checkOpenForReview(planId);
        List<AwardCriterion> criteria = criteriaOf(plan);
        validate(data, criteria, false);
        PlanReview r = editable(planId, me, expectedVersion);
        r.apply(data, clock.instant());
        return view(reviews.saveAndFlush(r), me.getName(), criteria);
    }

    /**
     * Submits the signed-in expert's review: every criterion needs a score and a justification, and the
     * recommendation is required. Afterwards the expert sees the others' reviews and the managers are notified.
     */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public ReviewView submit(Long planId, Long expectedVersion, ReviewData data) {
        UserAccount me = checkReviewer(planId);
        ActionPlan plan = checkOpenForReview(planId);
        List<AwardCriterion> criteria = criteriaOf(plan);
        validate(data, criteria, true);
        PlanReview r = editable(planId, me, expectedVersion);
        r.apply(data, clock.instant());
        r.submit(clock.instant());
        r = reviews.saveAndFlush(r);
        notifications.notifyAll(people.managerIds(plan), NotificationType.SUBMISSION,
                NotificationMessage.of("review.notify.submitted", me.getName(), plan.displayName()), "reviews/" + planId);
        events.publishEvent(new ReviewSubmitted(planId, plan.getProgramme().getId(), r.getId(), me.getId(), r.getRecommendation()));
        return view(r, me.getName(), criteria);
    }

    /**
     * The submitted reviews the signed-in person may see: all for the programme's managers and admins; for
     * an assigned expert all only once their own is submitted, none before; the city's coordinators are refused.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewView> submittedReviews(Long planId) {
        ActionPlan plan = access.checkRead(planId);
        if (!mayCompare(planId)) {
            if (access.isAssignedExpert(planId)) {
                return List.of();
            }
            throw new AccessDeniedException("Only the plan's experts and managers see its reviews.");
        }
        List<AwardCriterion> criteria = criteriaOf(plan);
        return reviews.findByPlanIdOrderByIdAsc(planId).stream().filter(PlanReview::isSubmitted)
                .map(r -> view(r, people.nameOf(r.getExpertId()), criteria)).toList();
    }

    /** Whether the signed-in person may see all submitted reviews and the aggregate of this plan. */
    public boolean mayCompare(Long planId) {
        if (access.canManage(planId)) {
            return true;
        }
        return currentUser.get().filter(me -> access.isAssignedExpert(planId, me.getId()))
                .flatMap(me -> reviews.findByPlanIdAndExpertId(planId, me.getId())).map(PlanReview::isSubmitted).orElse(false);
    }

    /**
     * The aggregate of a plan's submitted reviews (for the award rules and the managers). Allowed for the
     * programme's managers, admins, and assigned experts who have submitted their own review.
     */
    @PreAuthorize("isAuthenticated()")
    public ScoreSummary summary(Long planId) {
        ActionPlan plan = access.checkRead(planId);
        if (!mayCompare(planId)) {
            throw new AccessDeniedException("The scores are visible to the programme's managers and to experts who have submitted.");
        }
        return summarise(plan, reviews.findSubmittedByPlanIds(List.of(planId)));
    }

    /** Summaries of several plans (each checked as in {@link #summary}), by plan id. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ScoreSummary> summaries(Collection<Long> planIds) {
        Map<Long, ScoreSummary> out = new LinkedHashMap<>();
        planIds.forEach(id -> out.put(id, summary(id)));
        return out;
    }

    /** The plans assigned to the signed-in expert with their review status. */
    @PreAuthorize("hasRole('EXPERT')")
    public List<Assignment> myAssignments() {
        Long me = currentUser.require().getId();
        Map<Long, PlanReview.Status> mine = reviews.findByExpertId(me).stream()
                .collect(Collectors.toMap(PlanReview::getPlanId, PlanReview::getStatus));
        return plans.findAssignedToMe().stream().map(p -> new Assignment(p, mine.get(p.getId()))).toList();
    }

    /** How many assigned plans still wait for the signed-in expert's submitted review. */
    @PreAuthorize("hasRole('EXPERT')")
    public long waitingForMe() {
        return myAssignments().stream().filter(a -> a.reviewStatus() != PlanReview.Status.SUBMITTED)
                .filter(a -> isOpenForReview(a.plan().getStatus())).count();
    }

    static boolean isOpenForReview(PlanStatus status) {
        return status != PlanStatus.DRAFT && !status.isFinal();
    }

    ScoreSummary summarise(ActionPlan plan, List<PlanReview> submitted) {
        List<AwardCriterion> criteria = criteriaOf(plan);
        Map<Long, Double> averages = new HashMap<>();
        for (AwardCriterion c : criteria) {
            OptionalDouble avg = submitted.stream().map(r -> r.scoreFor(c.getId()).map(CriterionScore::getScore).orElse(null))
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).average();
            if (avg.isPresent()) {
                averages.put(c.getId(), Math.round(avg.getAsDouble() * 100) / 100.0);
            }
        }
        return new ScoreSummary(plan.getId(), submitted.size(), WeightedScore.of(weighted(criteria), averages),
                criteria.stream().map(c -> new ScoreSummary.CriterionAverage(c.getId(), c.getName(), c.getWeight(),
                        averages.get(c.getId()))).toList());
    }

    private UserAccount checkReviewer(Long planId) {
        UserAccount me = currentUser.require();
        if (!access.isAssignedExpert(planId, me.getId())) {
            throw new AccessDeniedException("Only experts assigned to this plan score it.");
        }
        return me;
    }

    private ActionPlan checkOpenForReview(Long planId) {
        ActionPlan plan = access.checkRead(planId);
        if (!isOpenForReview(plan.getStatus())) {
            throw new IllegalArgumentException("This plan is not open for review (" + plan.getStatus() + ").");
        }
        return plan;
    }

    private PlanReview editable(Long planId, UserAccount me, Long expectedVersion) {
        PlanReview r = reviews.findByPlanIdAndExpertId(planId, me.getId()).orElse(null);
        if (r == null) {
            if (expectedVersion != null) {
                throw new ObjectOptimisticLockingFailureException(PlanReview.class, planId);
            }
            return new PlanReview(planId, me.getId(), clock.instant());
        }
        if (expectedVersion == null || r.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PlanReview.class, r.getId());
        }
        if (r.isSubmitted()) {
            throw new IllegalArgumentException("Your review is submitted and can no longer be changed.");
        }
        return r;
    }

    private static void validate(ReviewData data, List<AwardCriterion> criteria, boolean complete) {
        Set<Long> known = criteria.stream().map(AwardCriterion::getId).collect(Collectors.toSet());
        if (!known.containsAll(data.scores().keySet())) {
            throw new IllegalArgumentException("A score refers to a criterion of another programme.");
        }
        for (ReviewData.Entry e : data.scores().values()) {
            if (e.score() != null && (e.score() < CriterionScore.MIN || e.score() > CriterionScore.MAX)) {
                throw new IllegalArgumentException("Scores go from " + CriterionScore.MIN + " to " + CriterionScore.MAX + ".");
            }
            if (e.justification() != null && e.justification().length() > CriterionScore.JUSTIFICATION_MAX) {
                throw new IllegalArgumentException("A justification has at most " + CriterionScore.JUSTIFICATION_MAX + " characters.");
            }
        }
        if (data.overallComment() != null && data.overallComment().length() > PlanReview.COMMENT_MAX) {
            throw new IllegalArgumentException("The comment has at most " + PlanReview.COMMENT_MAX + " characters.");
        }
        if (complete) {
            if (criteria.isEmpty()) {
                throw new IllegalArgumentException("The programme has no award criteria to score against.");
            }
            for (AwardCriterion c : criteria) {
                ReviewData.Entry e = data.scores().get(c.getId());
                if (e == null || e.score() == null || e.justification() == null || e.justification().isBlank()) {
                    throw new IllegalArgumentException("Give a score and a justification for \"" + c.getName() + "\".");
                }
            }
            if (data.recommendation() == null) {
                throw new IllegalArgumentException("Choose an overall recommendation.");
            }
        }
    }

    private List<AwardCriterion> criteriaOf(ActionPlan plan) {
        return programmes.get(plan.getProgramme().getId()).getCriteria();
    }

    private static List<WeightedScore.Weighted> weighted(List<AwardCriterion> criteria) {
        return criteria.stream().map(c -> new WeightedScore.Weighted(c.getId(), c.getWeight())).toList();
    }

    private static ReviewView view(PlanReview r, String expertName, List<AwardCriterion> criteria) {
        Map<Long, ReviewData.Entry> scores = new LinkedHashMap<>();
        // in the programme's order of criteria
        criteria.forEach(c -> r.scoreFor(c.getId())
                .ifPresent(s -> scores.put(s.getCriterionId(), new ReviewData.Entry(s.getScore(), s.getJustification()))));
        Map<Long, Double> numbers = new HashMap<>();
        scores.forEach((id, e) -> {
            if (e.score() != null) {
                numbers.put(id, e.score().doubleValue());
            }
        });
        return new ReviewView(r.getId(), r.getPlanId(), r.getExpertId(), expertName, r.getStatus(), r.getRecommendation(),
                r.getOverallComment(), r.getSubmittedAt(), r.getVersion(), scores, WeightedScore.of(weighted(criteria), numbers));
    }
}
