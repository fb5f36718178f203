package org.citypeers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.citypeers.browser.pages.VaadinFields;
import org.citypeers.plan.ActionPlan;
import org.citypeers.review.CommentService;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real Chromium: an assigned expert sees the notification, comments on a section and scores the plan;
 * after a resubmission they find the plan under "My reviews" and revise a score.
 */
class ReviewJourneyTest extends BrowserTest {

    @Autowired ReviewTestSupport support;
    @Autowired ReviewService reviews;
    @Autowired CommentService comments;

    @Test
    void an_expert_is_notified_comments_on_a_section_and_submits_scores() {
        ActionPlan plan = support.submittedPlan(ReviewTestSupport.EXPERT2);
        loginAsDemo(ReviewTestSupport.EXPERT2);

        // the assignment shows under the bell and leads to the review page
        assertThat(page.locator("#notification-count")).isVisible();
        page.locator("#notification-bell").click();
        page.locator("#notification-list .cp-notification-text", new Page.LocatorOptions().setHasText(plan.displayName())).first().click();
        page.waitForURL(u -> u.endsWith("/reviews/" + plan.getId()));
        assertThat(page.locator("#review-title")).containsText(plan.displayName());

        page.locator("vaadin-text-area.cp-comment-new-text textarea").fill("How will you count participants in winter?");
        page.locator("vaadin-button.cp-comment-post").click();
        assertThat(page.locator(".cp-comment-body", new Page.LocatorOptions().setHasText("count participants in winter")))
                .isVisible();

        for (ReviewService.Criterion c : support.as(ReviewTestSupport.ADMIN, () -> reviews.criteria(plan.getId()))) {
            VaadinFields.choose(page, page.locator("#score-" + c.id()), "7");
            page.locator("#justification-" + c.id() + " textarea").fill("Convincing: " + c.name());
        }
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Award with changes").setExact(true)).check();
        page.locator("#submit-review").click();
        page.getByText("Submit your review now?").waitFor();
        Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit review").setExact(true)).last();
        confirm.click();
        assertThat(page.locator("#score-summary")).containsText("70.0");
        screenshot("review-submitted");

        assertThat(support.as(ReviewTestSupport.EXPERT2, () -> reviews.myReview(plan.getId())).orElseThrow().isSubmitted()).isTrue();
        assertThat(support.as(ReviewTestSupport.COORDINATOR, () -> comments.threads(plan.getId()))).hasSize(1);
    }

    @Test
    void after_the_city_resubmits_an_expert_finds_the_plan_in_the_menu_and_revises_a_score() {
        ActionPlan plan = support.submittedPlan(ReviewTestSupport.EXPERT2);
        support.as(ReviewTestSupport.EXPERT2, () -> reviews.submit(plan.getId(), null, support.review(plan, true, 7)));
        support.resubmit(plan);
        ReviewService.Criterion first = support.as(ReviewTestSupport.ADMIN, () -> reviews.criteria(plan.getId())).getFirst();
        loginAsDemo(ReviewTestSupport.EXPERT2);

        // "My reviews" in the menu lists the plan with its next step
        page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My reviews")).click();
        page.waitForURL(u -> u.endsWith("/reviews"));
        Locator next = page.locator("a.cp-next-step[href='reviews/" + plan.getId() + "']");
        assertThat(next).hasText("Revise for version 2");
        next.click();
        page.waitForURL(u -> u.endsWith("/reviews/" + plan.getId()));

        // the form starts from the review of version 1; the other version-2 scores stay hidden until mine is in
        assertThat(page.locator("#revision-note")).containsText("version 2");
        assertThat(page.locator("#others-hidden")).isVisible();
        assertThat(page.locator("#review-history [data-plan-version='1']")).hasCount(1);
        VaadinFields.choose(page, page.locator("#score-" + first.id()), "9");
        page.locator("#justification-" + first.id() + " textarea").fill("The new monitoring plan counts winter visitors.");
        page.locator("#submit-review").click();
        page.getByText("Submit your review now?").waitFor();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit revision").setExact(true)).last().click();

        assertThat(page.locator("#revise-later")).isVisible();
        // 0.4 * 90 + 0.3 * 70 + 0.3 * 70
        assertThat(page.locator("#score-summary")).containsText("78.0");
        assertThat(page.locator("#review-history [data-plan-version='1']")).hasCount(1);
        screenshot("review-revised");

        ReviewService.ReviewView revised = support.as(ReviewTestSupport.EXPERT2, () -> reviews.myReview(plan.getId())).orElseThrow();
        assertThat(revised.planVersion()).isEqualTo(2);
        assertThat(revised.scores().get(first.id()).score()).isEqualTo(9);
        assertThat(revised.scores().get(first.id()).justification()).isEqualTo("The new monitoring plan counts winter visitors.");
    }

    @Test
    void in_the_plan_editor_an_expert_mentions_a_coordinator_who_answers_and_resolves_the_thread() {
        ActionPlan plan = support.submittedPlan(ReviewTestSupport.EXPERT);
        String jonas = support.account(ReviewTestSupport.COORDINATOR2).getName();
        loginAsDemo(ReviewTestSupport.EXPERT);
        open("plans/" + plan.getId());
        page.locator("#tab-CONTEXT").click();
        Locator panel = page.locator("#comments-CONTEXT");
        panel.locator("vaadin-text-area.cp-comment-new-text textarea").fill("Where does the 18 % come from?");
        panel.locator("vaadin-combo-box.cp-comment-mention input").last().fill(jonas.split(" ")[0]);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(jonas)).click();
        assertThat(panel.locator("vaadin-text-area.cp-comment-new-text textarea")).hasValue("Where does the 18 % come from? @" + jonas + " ");
        panel.locator("vaadin-button.cp-comment-post").click();
        assertThat(panel.locator(".cp-comment-body")).containsText("@" + jonas);

        com.microsoft.playwright.Browser browser = context.browser();
        context.close();
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        loginAsDemo(ReviewTestSupport.COORDINATOR2);
        assertThat(page.locator("#notification-count")).isVisible();
        open("plans/" + plan.getId());
        page.locator("#tab-CONTEXT").click();
        panel = page.locator("#comments-CONTEXT");
        assertThat(panel.locator("vaadin-button.cp-comment-post")).hasCount(0);
        panel.locator("vaadin-text-area.cp-comment-answer textarea").fill("From the culture centre's 2025 visitor counts.");
        panel.locator("vaadin-button.cp-comment-send").click();
        assertThat(panel.locator(".cp-comment-body")).hasCount(2);
        panel.locator("vaadin-button.cp-comment-resolve").click();
        assertThat(panel.locator("[data-status='RESOLVED']")).hasCount(1);
        screenshot("plan-comment-resolved");

        assertThat(support.notificationsOf(ReviewTestSupport.COORDINATOR2)).anyMatch(n ->
                n.getType() == org.citypeers.notification.NotificationType.MENTION && n.getLink().equals("plans/" + plan.getId()));
        assertThat(support.notificationsOf(ReviewTestSupport.EXPERT)).anyMatch(n ->
                n.getMessageKey().equals("review.notify.reply") && n.getLink().equals("plans/" + plan.getId()));
    }
}
