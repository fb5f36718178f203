package org.citypeers.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citypeers.review.ReviewTestSupport.*;

import org.citypeers.IntegrationTest;
import org.citypeers.notification.Notification;
import org.citypeers.notification.NotificationType;
import org.citypeers.plan.ActionPlan;
import org.citypeers.review.CommentService.ThreadView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class CommentServiceTest extends IntegrationTest {

    @Autowired CommentService comments;
    @Autowired ReviewTestSupport support;
    @Autowired ApplicationEvents events;

    @Test
    void an_assigned_expert_comments_on_a_section_and_a_coordinator_of_the_city_answers() {
        ActionPlan plan = support.submittedPlan(EXPERT);

        ThreadView t = support.as(EXPERT, () -> comments.startThread(plan.getId(), "CONTEXT", null, "Which baseline year?"));
        support.as(COORDINATOR, () -> comments.reply(t.id(), "2025, from the culture centre's counts."));

        ThreadView seen = support.as(MANAGER, () -> comments.threadsOnSection(plan.getId(), "CONTEXT")).getFirst();
        assertThat(seen.comments()).extracting(CommentService.CommentView::body)
                .containsExactly("Which baseline year?", "2025, from the culture centre's counts.");
        assertThat(seen.comments()).extracting(CommentService.CommentView::authorName).doesNotContain("?");
        assertThat(support.notificationsOf(COORDINATOR2)).as("the city's other coordinator hears of the new thread")
                .anyMatch(n -> n.getType() == NotificationType.COMMENT && n.getLink().equals("plans/" + plan.getId()));
        assertThat(support.notificationsOf(EXPERT)).as("the expert hears of the answer")
                .anyMatch(n -> n.getMessageKey().equals("review.notify.reply") && n.getLink().equals("plans/" + plan.getId()));
        assertThat(events.stream(CommentPosted.class).filter(e -> e.planId() == plan.getId())).hasSize(2);
    }

    @Test
    void an_expert_comments_on_one_action_of_the_plan() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        long actionId = support.as(EXPERT, () -> planService.actions(plan.getId()).getFirst().getId());

        support.as(EXPERT, () -> comments.startThread(plan.getId(), null, actionId, "Is the budget enough?"));

        assertThat(support.as(COORDINATOR, () -> comments.threadsOnAction(plan.getId(), actionId))).hasSize(1);
        assertThat(support.as(COORDINATOR, () -> comments.threadsOnSection(plan.getId(), "ACTIONS"))).isEmpty();
    }

    @Autowired org.citypeers.plan.PlanService planService;

    @Test
    void an_unassigned_expert_a_coordinator_of_another_city_and_a_visitor_are_refused() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        ThreadView t = support.as(EXPERT, () -> comments.startThread(plan.getId(), "VISION", null, "Ambitious!"));

        for (String outsider : new String[] {EXPERT2, OTHER_CITY, VISITOR}) {
            assertThatThrownBy(() -> support.as(outsider, () -> comments.threads(plan.getId())))
                    .as(outsider + " reads").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.as(outsider, () -> comments.startThread(plan.getId(), "VISION", null, "x")))
                    .as(outsider + " starts").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.as(outsider, () -> comments.reply(t.id(), "x")))
                    .as(outsider + " answers").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.as(outsider, () -> comments.resolve(t.id(), 0)))
                    .as(outsider + " resolves").isInstanceOf(AccessDeniedException.class);
        }
        assertThat(support.as(EXPERT, () -> comments.threads(plan.getId())).getFirst().comments()).hasSize(1);
    }

    @Test
    void coordinators_answer_threads_but_do_not_open_them() {
        ActionPlan plan = support.submittedPlan(EXPERT);

        assertThat(support.as(COORDINATOR, () -> comments.canStartThread(plan.getId()))).isFalse();
        assertThatThrownBy(() -> support.as(COORDINATOR, () -> comments.startThread(plan.getId(), "VISION", null, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(support.as(MANAGER, () -> comments.startThread(plan.getId(), "VISION", null, "Please add targets.")))
                .isNotNull();
    }

    @Test
    void a_mention_notifies_the_person_mentioned_and_nobody_outside_the_plan() {
        ActionPlan plan = support.submittedPlan(EXPERT, EXPERT2);
        String expert2 = support.account(EXPERT2).getName();
        String outsider = support.account(OTHER_CITY).getName();
        assertThat(support.as(EXPERT, () -> comments.mentionable(plan.getId())))
                .extracting(CommentService.Mentionable::name).contains(expert2).doesNotContain(outsider);

        support.as(EXPERT, () -> comments.startThread(plan.getId(), "RISKS", null,
                "@" + expert2 + " what do you think? (cc @" + outsider + ")"));

        assertThat(support.notificationsOf(EXPERT2)).filteredOn(n -> n.getLink().equals("plans/" + plan.getId()))
                .extracting(Notification::getType).contains(NotificationType.MENTION);
        assertThat(support.notificationsOf(OTHER_CITY)).noneMatch(n -> ("plans/" + plan.getId()).equals(n.getLink()));
        assertThat(events.stream(CommentPosted.class).filter(e -> e.planId() == plan.getId()).findFirst().orElseThrow()
                .mentionedUserIds()).containsExactly(support.account(EXPERT2).getId());
    }

    @Test
    void a_resolved_thread_takes_no_answer_until_it_is_reopened() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        ThreadView t = support.as(EXPERT, () -> comments.startThread(plan.getId(), "MONITORING", null, "Who measures?"));

        support.as(COORDINATOR, () -> comments.resolve(t.id(), comments.versionOf(t.id())));
        assertThatThrownBy(() -> support.as(COORDINATOR, () -> comments.reply(t.id(), "late")))
                .isInstanceOf(IllegalArgumentException.class);
        ThreadView reopened = support.as(EXPERT, () -> comments.reopen(t.id(), comments.versionOf(t.id())));

        assertThat(reopened.isOpen()).isTrue();
        assertThat(support.as(COORDINATOR, () -> comments.reply(t.id(), "The culture centre.")).comments()).hasSize(2);
    }

    @Test
    void comment_text_is_kept_as_plain_text_and_limited_in_length() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        String html = "<script>alert(1)</script><b>bold</b>";

        ThreadView t = support.as(EXPERT, () -> comments.startThread(plan.getId(), "CONTEXT", null, html));

        assertThat(t.comments().getFirst().body()).isEqualTo(html);
        assertThatThrownBy(() -> support.as(EXPERT, () -> comments.reply(t.id(), "x".repeat(ReviewComment.BODY_MAX + 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> support.as(EXPERT, () -> comments.reply(t.id(), "   ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> support.as(EXPERT, () -> comments.startThread(plan.getId(), "NO_SUCH_SECTION", null, "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
