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
import org.citypeers.programme.AwardCriterion;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experts score the plans assigned to them against the programme's weighted award criteria, once per
 * submitted version of the plan: a draft, then a submitted review that no longer changes. When the city
 * resubmits, each expert may write a revision for the new version; earlier reviews stay as they were.
 * An expert sees the other experts' reviews of a version only after submitting their own for that
 * version; the programme's managers (and admins) see all submitted reviews; the city does not see
 * scores. {@link #summary} (each expert's latest submitted review) is the read API of the award rules.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    /** A criterion as the review form shows it. */
    public record Criterion(Long id, String name, String description, int weight) {}

    /**
     * A review as shown to someone allowed to see it. {@code planVersion} is the plan version it is
     * about; {@code superseded}: the same expert submitted a later review that the viewer may see.
     */
    public record ReviewView(Long id, Long planId, int planVersion, Long expertId, String expertName, PlanReview.Status status,
                             Recommendation recommendation, String overallComment, Instant submittedAt, long version,
                             Map<Long, ReviewData.Entry> scores, Double weightedScore, boolean superseded) {
        public boolean isSubmitted() {
            return status == PlanReview.Status.SUBMITTED;
        }
    }

    /**
     * The signed-in expert's review of the plan's current version ({@code planVersion}): {@code current} if
     * started, and {@code previous}, their latest review of an earlier version (what a revision starts from).
     */
    public record MyRound(int planVersion, State state, ReviewView current, ReviewView previous) {
        /** Whether the plan is with the programme (submitted, not yet decided), so that experts score it. */
        public boolean open() {
            return state != State.CLOSED;
        }

        /** Whether this round's review revises a submitted review of an earlier version. */
        public boolean isRevision() {
            return previous != null && previous.isSubmitted();
        }
    }

    /** Where an assigned expert's review of a plan stands; the first three need the expert. */
    public enum State {
        REVISION_DUE, DRAFT, NOT_STARTED, SUBMITTED, CLOSED;

        public boolean needsAction() {
            return this == REVISION_DUE || this == DRAFT || this == NOT_STARTED;
        }
    }

    /** A plan assigned to the signed-in expert, where their review stands, and the version they last submitted a review of (0: none). */
    public record Assignment(ActionPlan plan, State state, int reviewedVersion) {}

    private final PlanReviewRepository reviews;
    private final ReviewAccess reviewAccess;
    private final PlanAccess access;
    private final PlanService plans;
    private final ProgrammeService programmes;
    private final PlanPeople people;
    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ReviewService(PlanReviewRepository reviews, ReviewAccess reviewAccess, PlanAccess access, PlanService plans,
                  ProgrammeService programmes, PlanPeople people, CurrentUser currentUser, NotificationService notifications,
                  ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.reviewAccess = reviewAccess;
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
        ActionPlan plan = reviewAccess.require(planId).plan();
        return criteriaOf(plan).stream().map(c -> new Criterion(c.getId(), c.getName(), c.getDescription(), c.getWeight())).toList();
    }

    /** Whether the signed-in person is an expert assigned to this plan (and so may score it). */
    public boolean canReview(Long planId) {
        return access.isAssignedExpert(planId);
    }

    /** The signed-in expert's own review of the plan's current version, if started. */
    @PreAuthorize("hasRole('EXPERT')")
    public Optional<ReviewView> myReview(Long planId) {
        return Optional.ofNullable(myRound(planId).current());
    }

    /** The signed-in expert's review of the plan's current version and their latest review of an earlier one. */
    @PreAuthorize("hasRole('EXPERT')")
    public MyRound myRound(Long planId) {
        ReviewAccess.Participant p = reviewAccess.requireExpert(planId);
        ActionPlan plan = p.plan();
        List<AwardCriterion> criteria = criteriaOf(plan);
        int current = plan.getLatestVersion();
        List<PlanReview> mine = reviews.findByPlanIdAndExpertIdOrderByPlanVersionDesc(planId, p.me().getId());
        ReviewView now = mine.stream().filter(r -> r.getPlanVersion() == current).findFirst()
                .map(r -> view(r, p.me().getName(), criteria, false)).orElse(null);
        ReviewView before = mine.stream().filter(r -> r.getPlanVersion() < current).findFirst()
                .map(r -> view(r, p.me().getName(), criteria, true)).orElse(null);
        return new MyRound(current, ReviewRounds.stateOf(plan, mine), now, before);
    }

    /** Saves the signed-in expert's draft for the plan's current version; {@code expectedVersion} is null for a first save. */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public ReviewView saveDraft(Long planId, Long expectedVersion, ReviewData data) {
        return saveDraft(planId, currentVersion(planId), expectedVersion, data);
    }

    /**
     * Saves the signed-in expert's draft review of plan version {@code planVersion}, which must be the
     * plan's current version (the form says which version it was opened for, so that a resubmission in
     * between is noticed instead of filing old scores under the new version).
     */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public ReviewView saveDraft(Long planId, int planVersion, Long expectedVersion, ReviewData data) {
        ReviewAccess.Participant p = reviewAccess.requireExpert(planId);
        List<AwardCriterion> criteria = criteriaOf(p.plan());
        data.check(criteria, false);
        PlanReview r = editable(p, planVersion, expectedVersion);
        r.apply(data, clock.instant());
        return view(reviews.saveAndFlush(r), p.me().getName(), criteria, false);
    }

    /** Submits the signed-in expert's review of the plan's current version; see {@link #submit(Long, int, Long, ReviewData)}. */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public ReviewView submit(Long planId, Long expectedVersion, ReviewData data) {
        return submit(planId, currentVersion(planId), expectedVersion, data);
    }

    /**
     * Submits the signed-in expert's review of plan version {@code planVersion} (the current one): every
     * criterion needs a score and a justification, and the recommendation is required. Afterwards the
     * expert sees the others' reviews of that version and the managers are notified. After a
     * resubmission this is how an expert revises: their review of the new version replaces their earlier
     * one in the aggregate.
     */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public ReviewView submit(Long planId, int planVersion, Long expectedVersion, ReviewData data) {
        ReviewAccess.Participant p = reviewAccess.requireExpert(planId);
        ActionPlan plan = p.plan();
        List<AwardCriterion> criteria = criteriaOf(plan);
        data.check(criteria, true);
        PlanReview r = editable(p, planVersion, expectedVersion);
        r.apply(data, clock.instant());
        r.submit(clock.instant());
        r = reviews.saveAndFlush(r);
        boolean revision = reviews.findByPlanIdAndExpertIdOrderByPlanVersionDesc(planId, p.me().getId()).stream()
                .anyMatch(earlier -> earlier.getPlanVersion() < planVersion && earlier.isSubmitted());
        NotificationMessage message = revision
                ? NotificationMessage.of("review.notify.revised", p.me().getName(), plan.displayName(), planVersion)
                : NotificationMessage.of("review.notify.submitted", p.me().getName(), plan.displayName());
        notifications.notifyAll(people.managerIds(plan), NotificationType.SUBMISSION, message, "reviews/" + planId);
        events.publishEvent(new ReviewSubmitted(planId, plan.getProgramme().getId(), r.getId(), p.me().getId(),
                r.getRecommendation(), planVersion, revision));
        return view(r, p.me().getName(), criteria, false);
    }

    /**
     * The submitted reviews the signed-in person may see, oldest version first: all of them for the
     * programme's managers and admins; for an assigned expert those of the versions they have submitted
     * a review of themselves (none before); the city's coordinators are refused.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewView> submittedReviews(Long planId) {
        ReviewAccess.Participant p = reviewAccess.require(planId);
        if (!p.manager() && !p.assignedExpert()) {
            throw new AccessDeniedException("Only the plan's experts and managers see its reviews.");
        }
        List<PlanReview> all = reviews.findByPlanIdOrderByPlanVersionAscIdAsc(planId);
        List<PlanReview> visible = all.stream().filter(PlanReview::isSubmitted).toList();
        if (!p.manager()) {
            Set<Integer> mine = ReviewRounds.submittedVersionsOf(p.me().getId(), all);
            visible = visible.stream().filter(r -> mine.contains(r.getPlanVersion())).toList();
        }
        Set<Long> latest = ReviewRounds.latestSubmittedPerExpert(visible).stream().map(PlanReview::getId).collect(Collectors.toSet());
        List<AwardCriterion> criteria = criteriaOf(p.plan());
        return visible.stream().map(r -> view(r, people.nameOf(r.getExpertId()), criteria, !latest.contains(r.getId()))).toList();
    }

    /**
     * Whether the signed-in person may see the aggregate and each expert's latest review: the
     * programme's managers and admins, and assigned experts who have submitted their review of the
     * plan's current version.
     */
    public boolean mayCompare(Long planId) {
        return reviewAccess.find(planId).map(p -> p.manager() || p.assignedExpert() && reviews
                .findByPlanIdAndExpertIdAndPlanVersion(planId, p.me().getId(), p.plan().getLatestVersion())
                .map(PlanReview::isSubmitted).orElse(false)).orElse(false);
    }

    /**
     * The aggregate of a plan's reviews (for the award rules and the managers): each expert's latest
     * submitted review counts once. Allowed as in {@link #mayCompare}.
     */
    @PreAuthorize("isAuthenticated()")
    public ScoreSummary summary(Long planId) {
        ActionPlan plan = reviewAccess.require(planId).plan();
        if (!mayCompare(planId)) {
            throw new AccessDeniedException("The scores are visible to the programme's managers and to experts who have submitted.");
        }
        return summarise(plan, ReviewRounds.latestSubmittedPerExpert(reviews.findSubmittedByPlanIds(List.of(planId))));
    }

    /** Summaries of several plans (each checked as in {@link #summary}), by plan id. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ScoreSummary> summaries(Collection<Long> planIds) {
        Map<Long, ScoreSummary> out = new LinkedHashMap<>();
        planIds.forEach(id -> out.put(id, summary(id)));
        return out;
    }

    /** The plans assigned to the signed-in expert, those that need them first (a revision, a draft, a new plan). */
    @PreAuthorize("hasRole('EXPERT')")
    public List<Assignment> myAssignments() {
        Long me = currentUser.require().getId();
        Map<Long, List<PlanReview>> mine = reviews.findByExpertId(me).stream().collect(Collectors.groupingBy(PlanReview::getPlanId));
        return plans.findAssignedToMe().stream().map(p -> {
            List<PlanReview> of = mine.getOrDefault(p.getId(), List.of());
            int reviewed = of.stream().filter(PlanReview::isSubmitted).mapToInt(PlanReview::getPlanVersion).max().orElse(0);
            return new Assignment(p, ReviewRounds.stateOf(p, of), reviewed);
        }).sorted(java.util.Comparator.comparing(Assignment::state)).toList();
    }

    /** How many assigned plans wait for the signed-in expert (to review, to finish or to revise). */
    @PreAuthorize("hasRole('EXPERT')")
    public long waitingForMe() {
        return myAssignments().stream().filter(a -> a.state().needsAction()).count();
    }

    ScoreSummary summarise(ActionPlan plan, List<PlanReview> counted) {
        List<AwardCriterion> criteria = criteriaOf(plan);
        Map<Long, Double> averages = new HashMap<>();
        for (AwardCriterion c : criteria) {
            OptionalDouble avg = counted.stream().map(r -> r.scoreFor(c.getId()).map(CriterionScore::getScore).orElse(null))
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).average();
            if (avg.isPresent()) {
                averages.put(c.getId(), Math.round(avg.getAsDouble() * 100) / 100.0);
            }
        }
        return new ScoreSummary(plan.getId(), counted.size(), WeightedScore.of(weighted(criteria), averages),
                criteria.stream().map(c -> new ScoreSummary.CriterionAverage(c.getId(), c.getName(), c.getWeight(),
                        averages.get(c.getId()))).toList());
    }

    private int currentVersion(Long planId) {
        return reviewAccess.require(planId).plan().getLatestVersion();
    }

    /**
     * The expert's review of {@code planVersion} to write into: their existing one (not yet submitted,
     * at the version they saw) or a new one. Only the plan's current version, and only while the plan is
     * with the programme.
     */
    private PlanReview editable(ReviewAccess.Participant p, int planVersion, Long expectedVersion) {
        ActionPlan plan = p.plan();
        if (!ReviewRounds.isOpenForReview(plan.getStatus())) {
            throw new IllegalArgumentException("This plan is not open for review (" + plan.getStatus() + ").");
        }
        if (planVersion != plan.getLatestVersion()) {
            throw new IllegalArgumentException("The city has submitted version " + plan.getLatestVersion()
                    + " of this plan meanwhile; reload the page to review it.");
        }
        PlanReview r = reviews.findByPlanIdAndExpertIdAndPlanVersion(plan.getId(), p.me().getId(), planVersion).orElse(null);
        if (r == null) {
            if (expectedVersion != null) {
                throw new ObjectOptimisticLockingFailureException(PlanReview.class, plan.getId());
            }
            return new PlanReview(plan.getId(), p.me().getId(), planVersion, clock.instant());
        }
        if (expectedVersion == null || r.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PlanReview.class, r.getId());
        }
        if (r.isSubmitted()) {
            throw new IllegalArgumentException("Your review of version " + planVersion
                    + " is submitted; you can revise it when the city resubmits the plan.");
        }
        return r;
    }

    private List<AwardCriterion> criteriaOf(ActionPlan plan) {
        return programmes.get(plan.getProgramme().getId()).getCriteria();
    }

    private static List<WeightedScore.Weighted> weighted(List<AwardCriterion> criteria) {
        return criteria.stream().map(c -> new WeightedScore.Weighted(c.getId(), c.getWeight())).toList();
    }

    private static ReviewView view(PlanReview r, String expertName, List<AwardCriterion> criteria, boolean superseded) {
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
        return new ReviewView(r.getId(), r.getPlanId(), r.getPlanVersion(), r.getExpertId(), expertName, r.getStatus(),
                r.getRecommendation(), r.getOverallComment(), r.getSubmittedAt(), r.getVersion(), scores,
                WeightedScore.of(weighted(criteria), numbers), superseded);
    }
}
