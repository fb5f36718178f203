package org.citypeers.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.citypeers.IntegrationTest;
import org.citypeers.award.AwardRulesService.RulesData;
import org.citypeers.city.City;
import org.citypeers.city.CityRepository;
import org.citypeers.plan.ActionPlan;
import org.citypeers.programme.Programme;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decisions over real plans and reviews, in a programme of its own (so no other test's plans share its
 * country places): two plans of Tauragė reviewed by two experts, a limit of one per country and one
 * jury place. The better plan takes Lithuania's place, the other needs the jury place, explicitly.
 */
class AwardDecisionFlowTest extends IntegrationTest {

    @Autowired ReviewTestSupport people;
    @Autowired ReviewService reviews;
    @Autowired AwardService awards;
    @Autowired AwardRulesService rules;
    @Autowired CityRepository cities;
    @Autowired JdbcTemplate jdbc;

    ActionPlan reviewedPlan(Programme p, City city, int round, int score) {
        ActionPlan plan = people.submittedPlan(ReviewTestSupport.COORDINATOR, p.getId(), city.getId(), round,
                "Tauragė turns its empty mill into a workshop, round " + round + ".", ReviewTestSupport.EXPERT, ReviewTestSupport.EXPERT2);
        for (String expert : List.of(ReviewTestSupport.EXPERT, ReviewTestSupport.EXPERT2)) {
            people.as(expert, () -> reviews.submit(plan.getId(), null, people.review(plan, true, score)));
        }
        return plan;
    }

    static Assessment of(AwardService.Board b, ActionPlan plan) {
        return b.assessments().stream().filter(a -> a.candidate().planId() == plan.getId()).findFirst().orElseThrow();
    }

    @Test
    void the_manager_awards_the_best_plan_and_the_second_of_the_same_country_only_with_the_jury_place() {
        City taurage = cities.findFirstByNameIgnoreCaseAndCountry("Tauragė", "LT").orElseThrow();
        Programme p = people.programme("Award flow", taurage.getId());
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

    @Test
    void after_a_revision_the_award_rules_count_each_experts_latest_review_once() {
        City taurage = cities.findFirstByNameIgnoreCaseAndCountry("Tauragė", "LT").orElseThrow();
        Programme p = people.programme("Award revision", taurage.getId());
        people.as(ReviewTestSupport.MANAGER, () -> rules.save(p.getId(), null,
                new RulesData("Revision Pearl", 2027, true, 3, 60, 2, 1, true, Set.of())));
        ActionPlan plan = reviewedPlan(p, taurage, 2030, 6);
        people.resubmit(plan);
        people.as(ReviewTestSupport.EXPERT, () -> reviews.submit(plan.getId(), null, people.review(plan, true, 10)));

        Assessment a = of(people.as(ReviewTestSupport.MANAGER, () -> awards.board(p.getId())), plan);

        // three submitted review rows, two experts: the revision replaces expert@'s first review
        assertThat(jdbc.queryForObject("select count(*) from plan_review where plan_id = ? and status = 'SUBMITTED'", Long.class,
                plan.getId())).isEqualTo(3L);
        assertThat(a.candidate().submittedReviews()).isEqualTo(2);
        assertThat(a.candidate().weightedScore()).isEqualTo(80.0);
        assertThat(a.result(Rule.MIN_REVIEWS).met()).isFalse();
    }
}
