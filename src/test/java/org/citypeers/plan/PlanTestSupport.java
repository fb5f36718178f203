package org.citypeers.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.citypeers.city.City;
import org.citypeers.city.CityService;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Acts as demo users and builds plans for the plan tests (each in its own round, so tests never share a plan). */
@Component
public class PlanTestSupport {

    private static final AtomicInteger ROUNDS = new AtomicInteger(2040);
    private static final AtomicInteger OWN_PROGRAMME_ROUNDS = new AtomicInteger(2000);

    private final org.citypeers.TestUsers testUsers;
    private final PlanService plans;
    private final ProgrammeService programmes;
    private final CityService cities;
    private final org.citypeers.security.UserAccountService accounts;

    PlanTestSupport(UserDetailsService users, PlanService plans, ProgrammeService programmes, CityService cities,
                    org.citypeers.security.UserAccountService accounts) {
        this.accounts = accounts;
        this.testUsers = new org.citypeers.TestUsers(users);
        this.plans = plans;
        this.programmes = programmes;
        this.cities = cities;
    }

    /** Runs the code signed in as this account (null: as an anonymous visitor); see {@link org.citypeers.TestUsers}. */
    public <T> T as(String email, Supplier<T> code) {
        return testUsers.as(email, code);
    }

    public void as(String email, Runnable code) {
        testUsers.as(email, code);
    }

    org.citypeers.security.UserAccountService accounts() {
        return accounts;
    }

    public Programme pearls() {
        return programmes.findAll().stream().filter(p -> p.getShortName().equals("BSR Cultural Pearls")).findFirst().orElseThrow();
    }

    public Long taurage() {
        return as("admin@citypeers.eu", () -> cities.findAll().stream().filter(c -> c.getName().equals("Tauragė"))
                .map(City::getId).findFirst().orElseThrow());
    }

    /** A new Cultural Pearls plan for Tauragė, created by coordinator@. */
    public ActionPlan newTauragePlan() {
        int round = ROUNDS.incrementAndGet();
        return as("coordinator@citypeers.eu", () -> plans.create(pearls().getId(), taurage(), round));
    }

    /**
     * A new programme run by manager@ (so, until someone saves its template, following the default
     * template) with Tauragė as a partner: tests that change a template change this one, never a demo one.
     */
    public Programme newProgrammeWithTaurage() {
        String n = java.util.UUID.randomUUID().toString().substring(0, 8);
        Long taurage = taurage();
        return as("manager@citypeers.eu", () -> {
            Programme p = programmes.create(new ProgrammeService.ProgrammeData("Template test programme " + n, "Template test " + n,
                    null, null, null, null, List.of("lt", "en"), null));
            cities.addPartner(p.getId(), taurage, org.citypeers.city.Partnership.Role.PARTNER);
            return p;
        });
    }

    /** A new plan of Tauragė in the given programme, created by coordinator@ (rounds of their own: the programme is new). */
    public ActionPlan newTauragePlan(Long programmeId) {
        int round = OWN_PROGRAMME_ROUNDS.incrementAndGet();
        return as("coordinator@citypeers.eu", () -> plans.create(programmeId, taurage(), round));
    }

    /** Fills every required section of the plan (as coordinator@) so that it can be submitted. */
    public void completeRequired(Long planId) {
        completeRequired(planId, "coordinator@citypeers.eu", null);
    }

    /**
     * Fills every required section of the plan as {@code who} (a coordinator of the plan's city, or
     * admin@) so that it can be submitted, with this English summary (null: a filler text).
     */
    public void completeRequired(Long planId, String who, String summary) {
        as(who, () -> {
            PlanTemplate t = plans.templateOf(planId);
            String text = "Tekstas ".repeat(25);
            for (PlanSection s : plans.sections(planId)) {
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
                    case SUMMARY -> SectionContent.ofText(summary != null ? summary : text + s.getKind());
                    default -> SectionContent.ofText(text + s.getKind());
                };
                if (c != null) {
                    plans.saveSection(planId, s.getKind(), s.getVersion(), c);
                }
            }
            plans.addAction(planId, new ActionData("Dirbtuvės", "Aprašymas", "Tikslas", "Kultūros centras", "Jaunimas",
                    LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 1000L, "Biudžetas",
                    List.of(new Indicator("Dalyviai", "0", "100")), List.of()));
        });
    }
}
