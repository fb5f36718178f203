package org.citypeers.review;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.citypeers.base.NotFoundException;
import org.citypeers.notification.NotificationMessage;
import org.citypeers.notification.NotificationService;
import org.citypeers.notification.NotificationType;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads on a plan's sections and actions. Only people who may read the plan take part (its
 * assigned experts, its city's coordinators, its programme's managers, admins); experts, managers and
 * admins open threads, everyone involved answers, resolves and reopens them. Mentioned people and the
 * other participants are notified. Comments are plain text and length-limited.
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

    /** A thread with its comments and the names of the people in it, as the plan page shows it. */
    public record ThreadView(Long id, Long planId, String sectionKey, Long actionId, CommentThread.Status status,
                             String resolvedBy, List<CommentView> comments) {
        public boolean isOpen() {
            return status == CommentThread.Status.OPEN;
        }
    }

    public record CommentView(Long id, Long authorId, String authorName, String body, java.time.Instant createdAt) {}

    /** Someone who can be mentioned on a plan. */
    public record Mentionable(Long userId, String name) {}

    private final CommentThreadRepository threads;
    private final ReviewCommentRepository comments;
    private final ReviewAccess access;
    private final PlanService plans;
    private final PlanPeople people;
    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CommentService(CommentThreadRepository threads, ReviewCommentRepository comments, ReviewAccess access, PlanService plans,
                   PlanPeople people, CurrentUser currentUser, NotificationService notifications,
                   ApplicationEventPublisher events) {
        this.threads = threads;
        this.comments = comments;
        this.access = access;
        this.plans = plans;
        this.people = people;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.events = events;
    }

    /** All threads of a plan, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ThreadView> threads(Long planId) {
        access.require(planId);
        List<CommentThread> list = threads.findByPlanIdOrderByCreatedAtAscIdAsc(planId);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReviewComment>> byThread = comments.findByThreadIds(list.stream().map(CommentThread::getId).toList())
                .stream().collect(Collectors.groupingBy(ReviewComment::getThreadId));
        Map<Long, String> names = new java.util.HashMap<>();
        return list.stream().map(t -> new ThreadView(t.getId(), t.getPlanId(), sectionOf(t), t.getActionId(), t.getStatus(),
                t.getResolvedBy() == null ? null : names.computeIfAbsent(t.getResolvedBy(), people::nameOf),
                byThread.getOrDefault(t.getId(), List.of()).stream().map(c -> new CommentView(c.getId(), c.getAuthorId(),
                        names.computeIfAbsent(c.getAuthorId(), people::nameOf), c.getBody(), c.getCreatedAt())).toList()))
                .toList();
    }

    /** The threads about one section of a plan. */
    @PreAuthorize("isAuthenticated()")
    public List<ThreadView> threadsOnSection(Long planId, String sectionKey) {
        return threads(planId).stream().filter(t -> sectionKey.equals(t.sectionKey()) && t.actionId() == null).toList();
    }

    /** The threads about one action of a plan. */
    @PreAuthorize("isAuthenticated()")
    public List<ThreadView> threadsOnAction(Long planId, long actionId) {
        return threads(planId).stream().filter(t -> t.actionId() != null && t.actionId() == actionId).toList();
    }

    /** The people who may be mentioned on this plan (everyone involved in it, not the signed-in person). */
    @PreAuthorize("isAuthenticated()")
    public List<Mentionable> mentionable(Long planId) {
        ReviewAccess.Participant p = access.require(planId);
        Long me = p.me().getId();
        return people.of(p.plan()).stream().filter(x -> !x.userId().equals(me)).map(x -> new Mentionable(x.userId(), x.name())).toList();
    }

    /** Whether the signed-in person may open a new thread on this plan (experts, managers, admins). */
    public boolean canStartThread(Long planId) {
        return access.find(planId).map(ReviewAccess.Participant::mayOpenThreads).orElse(false);
    }

    /**
     * Opens a thread on a section ({@code sectionKey}, a {@code PlanSectionKind} name) or on one action
     * ({@code actionId}); exactly one of the two is given. The city's coordinators and everyone mentioned
     * are notified.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ThreadView startThread(Long planId, String sectionKey, Long actionId, String text) {
        ReviewAccess.Participant p = access.require(planId);
        ActionPlan plan = p.plan();
        if (!p.mayOpenThreads()) {
            throw new AccessDeniedException("Only the plan's experts and managers open comment threads; coordinators answer them.");
        }
        String body = clean(text);
        if ((sectionKey == null) == (actionId == null)) {
            throw new IllegalArgumentException("Comment on either a section or an action.");
        }
        if (sectionKey != null && Arrays.stream(PlanSectionKind.values()).noneMatch(k -> k.name().equals(sectionKey))) {
            throw new IllegalArgumentException("Unknown section: " + sectionKey);
        }
        if (actionId != null && !plans.action(actionId).getPlanId().equals(planId)) {
            throw new IllegalArgumentException("The action does not belong to this plan.");
        }
        UserAccount me = p.me();
        CommentThread thread = threads.save(new CommentThread(planId, sectionKey, actionId, me.getId(), clock.instant()));
        ReviewComment comment = comments.save(new ReviewComment(thread.getId(), me.getId(), body, clock.instant()));
        Set<Long> others = new LinkedHashSet<>(people.coordinators(plan).stream().map(UserAccount::getId).toList());
        announce(plan, thread, comment, me, others, true);
        return view(thread.getId());
    }

    /** Answers in a thread; the thread must be open. Everyone who wrote in it before and everyone mentioned is notified. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ThreadView reply(Long threadId, String text) {
        CommentThread thread = thread(threadId);
        ReviewAccess.Participant p = access.require(thread.getPlanId());
        ActionPlan plan = p.plan();
        String body = clean(text);
        if (!thread.isOpen()) {
            throw new IllegalArgumentException("This thread is resolved; reopen it to answer.");
        }
        UserAccount me = p.me();
        Set<Long> others = new LinkedHashSet<>();
        others.add(thread.getCreatedBy());
        comments.findByThreadIdOrderByCreatedAtAscIdAsc(threadId).forEach(c -> others.add(c.getAuthorId()));
        ReviewComment comment = comments.save(new ReviewComment(threadId, me.getId(), body, clock.instant()));
        thread.touch(clock.instant());
        announce(plan, thread, comment, me, others, false);
        return view(threadId);
    }

    /** Marks a thread resolved (anyone involved in the plan). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ThreadView resolve(Long threadId, long expectedVersion) {
        CommentThread thread = changeable(threadId, expectedVersion);
        if (thread.isOpen()) {
            thread.resolve(access.require(thread.getPlanId()).me().getId(), clock.instant());
        }
        return view(threadId);
    }

    /** Reopens a resolved thread (anyone involved in the plan). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ThreadView reopen(Long threadId, long expectedVersion) {
        CommentThread thread = changeable(threadId, expectedVersion);
        if (!thread.isOpen()) {
            thread.reopen(clock.instant());
        }
        return view(threadId);
    }

    /** The version of a thread, for resolve and reopen. */
    @PreAuthorize("isAuthenticated()")
    public long versionOf(Long threadId) {
        CommentThread t = thread(threadId);
        access.require(t.getPlanId());
        return t.getVersion();
    }

    /** How many open threads a plan has whose last word is not from its city (waiting for the coordinators). */
    @PreAuthorize("isAuthenticated()")
    public long unansweredOn(Long planId) {
        ActionPlan plan = access.require(planId).plan();
        Set<Long> city = people.coordinators(plan).stream().map(UserAccount::getId).collect(Collectors.toSet());
        return threads(planId).stream().filter(ThreadView::isOpen)
                .filter(t -> !t.comments().isEmpty() && !city.contains(t.comments().getLast().authorId())).count();
    }

    /** For a coordinator: open threads on their city's plans that wait for the city's answer. */
    @PreAuthorize("isAuthenticated()")
    public long awaitingMyCity() {
        UserAccount me = currentUser.require();
        if (!me.hasRole(Roles.CITY_COORDINATOR) || me.getOrganisationId() == null) {
            return 0;
        }
        return plans.findVisible().stream().filter(p -> me.getOrganisationId().equals(p.getCity().getId()))
                .mapToLong(p -> unansweredOn(p.getId())).sum();
    }

    /** For an expert: open threads on their assigned plans they took part in where someone else had the last word. */
    @PreAuthorize("isAuthenticated()")
    public long answeredToMe() {
        UserAccount me = currentUser.require();
        if (!me.hasRole(Roles.EXPERT)) {
            return 0;
        }
        return plans.findAssignedToMe().stream().flatMap(p -> threads(p.getId()).stream()).filter(ThreadView::isOpen)
                .filter(t -> t.comments().stream().anyMatch(c -> c.authorId().equals(me.getId())))
                .filter(t -> !t.comments().getLast().authorId().equals(me.getId())).count();
    }

    /** How many open threads a plan has in total. */
    @PreAuthorize("isAuthenticated()")
    public long openOn(Long planId) {
        access.require(planId);
        return threads.countByPlanIdAndStatus(planId, CommentThread.Status.OPEN);
    }

    private void announce(ActionPlan plan, CommentThread thread, ReviewComment comment, UserAccount me, Set<Long> others,
                          boolean newThread) {
        List<PlanPeople.Person> involved = people.of(plan);
        Set<Long> mentioned = Mentions.find(comment.getBody(), involved);
        Set<Long> allowed = involved.stream().map(PlanPeople.Person::userId).collect(Collectors.toSet());
        String link = "plans/" + plan.getId();
        notifications.notifyAll(mentioned, NotificationType.MENTION,
                NotificationMessage.of("review.notify.mention", me.getName(), plan.displayName()), link);
        Set<Long> rest = new LinkedHashSet<>(others);
        rest.removeAll(mentioned);
        rest.retainAll(allowed);
        notifications.notifyAll(rest, NotificationType.COMMENT, NotificationMessage.of(
                newThread ? "review.notify.thread" : "review.notify.reply", me.getName(), plan.displayName()), link);
        events.publishEvent(new CommentPosted(plan.getId(), thread.getId(), comment.getId(), me.getId(), thread.getSectionKey(),
                thread.getActionId(), newThread, Set.copyOf(mentioned)));
    }

    private CommentThread changeable(Long threadId, long expectedVersion) {
        CommentThread thread = thread(threadId);
        access.require(thread.getPlanId());
        if (thread.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(CommentThread.class, threadId);
        }
        return thread;
    }

    /**
     * The section a thread is about. A thread on an action whose action was deleted since (the foreign
     * key sets {@code action_id} to null) belongs to the Actions section, so the discussion stays visible.
     */
    private static String sectionOf(CommentThread t) {
        return t.getSectionKey() == null && t.getActionId() == null ? PlanSectionKind.ACTIONS.name() : t.getSectionKey();
    }

    private CommentThread thread(Long threadId) {
        return threads.findById(threadId).orElseThrow(() -> new NotFoundException("Thread", threadId));
    }

    private ThreadView view(Long threadId) {
        CommentThread t = thread(threadId);
        return threads(t.getPlanId()).stream().filter(v -> v.id().equals(threadId)).findFirst().orElseThrow();
    }

    /** Plain text, trimmed, without control characters (line breaks kept), within the length limit. */
    static String clean(String text) {
        String s = text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("Write a comment first.");
        }
        if (s.length() > ReviewComment.BODY_MAX) {
            throw new IllegalArgumentException("A comment has at most " + ReviewComment.BODY_MAX + " characters.");
        }
        return s;
    }
}
