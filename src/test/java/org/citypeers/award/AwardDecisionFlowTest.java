package org.citypeers.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.citypeers.IntegrationTest;
import org.citypeers.award.AwardRulesService.RulesData;
import org.citypeers.city.City;
import org.citypeers.city.CityRepository;
import org.citypeers.city.Partnership;
import org.citypeers.city.PartnershipRepository;
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
import org.citypeers.programme.AwardCriterion;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeRepository;
import org.citypeers.review.Recommendation;
import org.citypeers.review.ReviewData;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decisions over real plans and reviews, in a programme of its own (so no other test's plans share its
 * country places): two plans of Tauragė reviewed by two experts, a limit of one per country and one
 * jury place. The better plan takes Lithuania's place, the other needs the jury place, explicitly.
 */
class AwardDecisionFlowTest extends IntegrationTest {

    @Autowired ReviewTestSupport people;
    @Autowired PlanService plans;
    @Autowired PlanWorkflowService workflow;
    @Autowired ExpertAssignmentService assignments;
    @Autowired ReviewService reviews;
    @Autowired AwardService awards;
    @Autowired AwardRulesService rules;
    @Autowired ProgrammeRepository programmes;
    @Autowired PartnershipRepository partnerships;
    @Autowired CityRepository cities;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    Programme programme(City city) {
        Long managerId = people.account(ReviewTestSupport.MANAGER).getId();
        return tx.execute(s -> {
            Programme p = new Programme("Award flow " + UUID.randomUUID(), "AF-" + UUID.randomUUID().toString().substring(0, 8));
            p.setAwardTitle("Flow Pearl");
            p.addCriterion(new AwardCriterion("Innovation", null, 40));
            p.addCriterion(new AwardCriterion("Participation", null, 30));
            p.addCriterion(new AwardCriterion("Capacity", null, 30));
            p.getManagerIds().add(managerId);
            Programme saved = programmes.save(p);
            partnerships.save(new Partnership(saved, cities.findById(city.getId()).orElseThrow(), Partnership.Role.PARTNER));
            return saved;
        });
    }

    ActionPlan reviewedPlan(Programme p, City city, int round, int score) {
        ActionPlan plan = people.as(ReviewTestSupport.COORDINATOR, () -> plans.create(p.getId(), city.getId(), round));
        people.as(ReviewTestSupport.COORDINATOR, () -> {
            PlanTemplate t = plans.templateOf(plan.getId());
            String text = "Kultūrinis atsparumas ".repeat(12);
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
                    case SUMMARY -> SectionContent.ofText("Tauragė turns its empty mill into a workshop, round " + round + ".");
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
        people.as(ReviewTestSupport.MANAGER, () -> {
            assignments.assign(plan.getId(), people.account(ReviewTestSupport.EXPERT).getId(), ExpertRole.JURY);
            assignments.assign(plan.getId(), people.account(ReviewTestSupport.EXPERT2).getId(), ExpertRole.JURY);
        });
        for (String expert : List.of(ReviewTestSupport.EXPERT, ReviewTestSupport.EXPERT2)) {
            people.as(expert, () -> {
                Map<Long, ReviewData.Entry> scores = new LinkedHashMap<>();
                reviews.criteria(plan.getId()).forEach(c -> scores.put(c.id(), new ReviewData.Entry(score, "Because " + c.name())));
                reviews.submit(plan.getId(), null, new ReviewData(scores, Recommendation.AWARD, "Fine work"));
            });
        }
        return plan;
    }

    static Assessment of(AwardService.Board b, ActionPlan plan) {
        return b.assessments().stream().filter(a -> a.candidate().planId() == plan.getId()).findFirst().orElseThrow();
    }

    @Test
    void the_manager_awards_the_best_plan_and_the_second_of_the_same_country_only_with_the_jury_place() {
        City taurage = cities.findFirstByNameIgnoreCaseAndCountry("Tauragė", "LT").orElseThrow();
        Programme p = programme(taurage);
        people.as(ReviewTestSupport.MANAGER, () -> rules.save(p.getId(), null,
                new RulesData("Flow Pearl", 2027, true, 2, 60, 1, 1, true, Set.of())));
        ActionPlan best = reviewedPlan(p, taurage, 2026, 9);
        ActionPlan second = reviewedPlan(p, taurage, 2027, 7);

        AwardService.Board board = people.as(ReviewTestSupport.MANAGER, () -> awards.board(p.getId()));
        assertThat(of(board, best).candidate().weightedScore()).isEqualTo(90.0);
        assertThat(of(board, best).candidate().submittedReviews()).isEqualTo(2);
        assertThat(of(board, best).rules()).allMatch(RuleResult::met);
        assertThat(of(board, best).rank()).isEqualTo(1);
        assertThat(of(board, best).standing()).isEqualTo(Assessment.Standing.AWARDABLE);
        assertThat(of(board, second).standing()).isEqualTo(Assessment.Standing.NEEDS_JURY_PLACE);

        // experts and coordinators cannot decide, even on a plan they see
        assertThatThrownBy(() -> people.as(ReviewTestSupport.EXPERT, () -> awards.award(p.getId(), best.getId(), "x", false)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(ReviewTestSupport.COORDINATOR, () -> awards.award(p.getId(), best.getId(), "x", false)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        Award first = people.as(ReviewTestSupport.MANAGER, () -> awards.award(p.getId(), best.getId(),
                "Tauragė gives its young people a place in the old mill.", false));
        assertThat(first.fullTitle()).isEqualTo("Flow Pearl 2027");
        assertThat(first.getDecidedByName()).isEqualTo("Magdalena Manager");
        assertThat(first.getDecidedAt()).isNotNull();
        assertThat(first.getPlanSummary()).isEqualTo("Tauragė turns its empty mill into a workshop, round 2026.");
        assertThat(first.getScore()).isEqualTo(90.0);

        assertThatThrownBy(() -> people.as(ReviewTestSupport.MANAGER, () -> awards.award(p.getId(), second.getId(), "Also good", false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jury place");
        Award jury = people.as(ReviewTestSupport.MANAGER, () -> awards.award(p.getId(), second.getId(), "The jury's own choice.", true));
        assertThat(jury.isJuryPlace()).isTrue();
        assertThatThrownBy(() -> people.as(ReviewTestSupport.MANAGER, () -> awards.award(p.getId(), second.getId(), "Again", true)))
                .isInstanceOf(IllegalArgumentException.class);

        AwardService.Board after = people.as(ReviewTestSupport.MANAGER, () -> awards.board(p.getId()));
        assertThat(of(after, best).standing()).isEqualTo(Assessment.Standing.AWARDED);
        assertThat(of(after, second).standing()).isEqualTo(Assessment.Standing.AWARDED_WITH_JURY_PLACE);
        assertThat(awards.awardeesOf(p.getId())).extracting(Award::getId).containsExactlyInAnyOrder(first.getId(), jury.getId());

        // the city's coordinators were told
        Long coordinator = people.account(ReviewTestSupport.COORDINATOR2).getId();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key = 'award.notify.awarded' "
                + "and link = ?", Long.class, coordinator, AwardRoutes.award(first.getId()))).isEqualTo(1L);

        // revoking frees nothing silently: the award leaves the public list, the plan can be decided again
        people.as(ReviewTestSupport.MANAGER, () -> awards.revoke(first.getId(), first.getVersion(), "Withdrawn by the city."));
        assertThat(awards.publicAwards()).extracting(Award::getId).doesNotContain(first.getId()).contains(jury.getId());
        AwardService.Board reopened = people.as(ReviewTestSupport.MANAGER, () -> awards.board(p.getId()));
        assertThat(of(reopened, best).standing()).isEqualTo(Assessment.Standing.AWARDABLE);
    }
}
