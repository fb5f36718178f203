package org.citypeers.browser.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** One action of a plan, in its form in the Actions tab: every field saves on its own when the person leaves it. */
public final class ActionFormPage {

    private final Page page;
    private final Locator root;

    ActionFormPage(Page page, Locator root) {
        this.page = page;
        this.root = root;
    }

    public ActionFormPage describe(String description) {
        return type("Description", description);
    }

    public ActionFormPage objective(String objective) {
        return type("Objective served", objective);
    }

    public ActionFormPage lead(String lead) {
        return type("Lead", lead);
    }

    public ActionFormPage partners(String partners) {
        return type("Partners", partners);
    }

    /** Start and end, typed into the date pickers as the British English UI shows dates (day/month/year). */
    public ActionFormPage runs(LocalDate start, LocalDate end) {
        date("Start", start);
        return date("End", end);
    }

    public ActionFormPage budget(int euros, String fundingSource) {
        type("Budget", String.valueOf(euros));
        return type("Funding source", fundingSource);
    }

    /** Adds an indicator with its baseline and target. */
    public ActionFormPage measure(String indicator, String baseline, String target) {
        root.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add indicator")).click();
        type(root.getByLabel("Indicator", new Locator.GetByLabelOptions().setExact(true)).last(), indicator);
        type(root.getByLabel("Baseline", new Locator.GetByLabelOptions().setExact(true)).last(), baseline);
        type(root.getByLabel("Target", new Locator.GetByLabelOptions().setExact(true)).last(), target);
        return this;
    }

    /** The good practices linked to the action. */
    public Locator linkedPractices() {
        return root.locator("a[href^='practices/']");
    }

    /** Types into a date picker ("Start", "End") exactly these characters, and takes them with Enter. */
    public ActionFormPage typeDate(String label, String typed) {
        Locator input = root.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
        // typing opens the picker's calendar; Enter takes the typed date and closes it
        input.fill(typed);
        input.press("Enter");
        assertThat(root.locator("vaadin-date-picker[opened]")).hasCount(0);
        return this;
    }

    /** The message a date picker shows under itself when something is wrong. */
    public Locator dateError(String label) {
        return root.locator("vaadin-date-picker", new Locator.LocatorOptions().setHas(
                root.page().locator("label", new Page.LocatorOptions().setHasText(label)))).locator("[slot=error-message]");
    }

    private ActionFormPage date(String label, LocalDate date) {
        return typeDate(label, date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    private ActionFormPage type(String label, String value) {
        return type(root.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)), value);
    }

    private ActionFormPage type(Locator field, String value) {
        field.fill(value);
        field.press("Tab");
        root.locator("[id^=action-state-][data-state=saved]:not([data-dirty])").waitFor();
        return this;
    }
}
