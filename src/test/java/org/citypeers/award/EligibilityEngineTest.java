package org.citypeers.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.citypeers.award.Assessment.Standing;
import org.citypeers.award.RuleResult.Outcome;
import org.junit.jupiter.api.Test;

/** The award rules on plain records: each rule, the ranking, the country limit and the jury place. */
class EligibilityEngineTest {

    /** BSR Cultural Pearls: complete sections, 2 reviews, 60 points, 2 per country, 1 jury place, no capitals. */
    static final RuleSet PEARLS = new RuleSet(true, 2, 60, 2, 1, true, Set.of());

    static Candidate plan(long id, String city, String country, double score) {
        return new Candidate(id, "Plan " + id, 100 + id, city, country, false, true, 2, score);
    }

    static Assessment of(List<Assessment> all, long planId) {
        return all.stream().filter(a -> a.candidate().planId() == planId).findFirst().orElseThrow();
    }

    @Test
    void a_plan_that_meets_every_rule_can_be_awarded() {
        Assessment a = EligibilityEngine.assess(PEARLS, List.of(plan(1, "Tauragė", "LT", 75)), List.of()).get(0);
        assertThat(a.rules()).extracting(RuleResult::outcome).containsOnly(Outcome.MET);
        assertThat(a.rules()).extracting(RuleResult::rule).containsExactly(Rule.values());
        assertThat(a.standing()).isEqualTo(Standing.AWARDABLE);
        assertThat(a.rank()).isEqualTo(1);
        assertThat(a.decidable()).isTrue();
    }

    @Test
    void incomplete_required_sections_make_a_plan_ineligible_unless_the_programme_does_not_require_them() {
        Candidate c = new Candidate(1, "P", 101, "Kuldīga", "LV", false, false, 3, 80.0);
        Assessment a = EligibilityEngine.assess(PEARLS, List.of(c), List.of()).get(0);
        assertThat(a.result(Rule.SECTIONS_COMPLETE).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(a.result(Rule.SECTIONS_COMPLETE).reasonKey()).isEqualTo("award.rule.sections.notMet");
        assertThat(a.standing()).isEqualTo(Standing.NOT_ELIGIBLE);
        assertThat(a.rank()).isZero();
        assertThat(a.result(Rule.COUNTRY_LIMIT).outcome()).isEqualTo(Outcome.NOT_EVALUATED);

        RuleSet lenient = new RuleSet(false, 2, 60, 2, 1, true, Set.of());
        Assessment b = EligibilityEngine.assess(lenient, List.of(c), List.of()).get(0);
        assertThat(b.result(Rule.SECTIONS_COMPLETE).met()).isTrue();
        assertThat(b.standing()).isEqualTo(Standing.AWARDABLE);
    }

    @Test
    void fewer_submitted_reviews_than_required_fail_the_review_rule_with_both_numbers() {
        Candidate c = new Candidate(1, "P", 101, "Viljandi", "EE", false, true, 1, 90.0);
        Assessment a = EligibilityEngine.assess(PEARLS, List.of(c), List.of()).get(0);
        RuleResult r = a.result(Rule.MIN_REVIEWS);
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(r.reasonArgs()).containsExactly(1, 2);
        assertThat(a.standing()).isEqualTo(Standing.NOT_ELIGIBLE);
    }

    @Test
    void the_minimum_score_is_inclusive_and_a_plan_without_scores_fails_it() {
        List<Assessment> all = EligibilityEngine.assess(PEARLS, List.of(
                plan(1, "A", "LT", 60), plan(2, "B", "LV", 59.9),
                new Candidate(3, "P", 103, "C", "EE", false, true, 2, null)), List.of());
        assertThat(of(all, 1).result(Rule.MIN_SCORE).met()).isTrue();
        assertThat(of(all, 2).result(Rule.MIN_SCORE).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(of(all, 2).result(Rule.MIN_SCORE).reasonArgs()).containsExactly("59.9", "60");
        assertThat(of(all, 3).result(Rule.MIN_SCORE).reasonKey()).isEqualTo("award.rule.score.none");
    }

    @Test
    void capitals_are_excluded_when_the_programme_says_so() {
        Candidate vilnius = new Candidate(1, "P", 101, "Vilnius", "LT", true, true, 3, 95.0);
        Assessment a = EligibilityEngine.assess(PEARLS, List.of(vilnius), List.of()).get(0);
        assertThat(a.result(Rule.CITY_NOT_EXCLUDED).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(a.result(Rule.CITY_NOT_EXCLUDED).reasonKey()).isEqualTo("award.rule.city.capital");
        assertThat(a.standing()).isEqualTo(Standing.NOT_ELIGIBLE);

        RuleSet capitalsWelcome = new RuleSet(true, 2, 60, 2, 1, false, Set.of());
        assertThat(EligibilityEngine.assess(capitalsWelcome, List.of(vilnius), List.of()).get(0).standing())
                .isEqualTo(Standing.AWARDABLE);
    }

    @Test
    void cities_on_the_programme_exclusion_list_are_not_eligible() {
        RuleSet rules = new RuleSet(true, 2, 60, 2, 1, false, Set.of(102L));
        List<Assessment> all = EligibilityEngine.assess(rules, List.of(plan(1, "Słupsk", "PL", 70), plan(2, "Gdańsk", "PL", 90)), List.of());
        assertThat(of(all, 2).result(Rule.CITY_NOT_EXCLUDED).reasonKey()).isEqualTo("award.rule.city.listed");
        assertThat(of(all, 2).standing()).isEqualTo(Standing.NOT_ELIGIBLE);
        assertThat(of(all, 1).standing()).isEqualTo(Standing.AWARDABLE);
        assertThat(of(all, 1).rank()).isEqualTo(1);
    }

    @Test
    void eligible_plans_are_ranked_by_score_before_the_ineligible_ones() {
        List<Assessment> all = EligibilityEngine.assess(PEARLS, List.of(
                plan(1, "A", "LT", 65), plan(2, "B", "LV", 88), plan(3, "C", "EE", 40), plan(4, "D", "PL", 71.5)), List.of());
        assertThat(all).extracting(a -> a.candidate().planId()).containsExactly(2L, 4L, 1L, 3L);
        assertThat(all).extracting(Assessment::rank).containsExactly(1, 2, 3, 0);
    }

    @Test
    void the_third_plan_of_a_country_needs_the_jury_place_and_the_fourth_has_none_left_once_it_is_used() {
        List<Candidate> polish = List.of(plan(1, "Słupsk", "PL", 90), plan(2, "Gdańsk", "PL", 80),
                plan(3, "Lublin", "PL", 70), plan(4, "Sopot", "PL", 65), plan(5, "Tauragė", "LT", 61));
        List<Assessment> all = EligibilityEngine.assess(PEARLS, polish, List.of());
        assertThat(of(all, 1).standing()).isEqualTo(Standing.AWARDABLE);
        assertThat(of(all, 2).standing()).isEqualTo(Standing.AWARDABLE);
        assertThat(of(all, 3).standing()).isEqualTo(Standing.NEEDS_JURY_PLACE);
        assertThat(of(all, 3).result(Rule.COUNTRY_LIMIT).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(of(all, 3).decidable()).isTrue();
        assertThat(of(all, 4).standing()).isEqualTo(Standing.NEEDS_JURY_PLACE);
        assertThat(of(all, 5).standing()).isEqualTo(Standing.AWARDABLE);

        List<Assessment> afterJury = EligibilityEngine.assess(PEARLS, polish,
                List.of(new Decision(3, "PL", Decision.Kind.AWARDED_WITH_JURY_PLACE)));
        assertThat(of(afterJury, 3).standing()).isEqualTo(Standing.AWARDED_WITH_JURY_PLACE);
        assertThat(of(afterJury, 4).standing()).isEqualTo(Standing.OVER_COUNTRY_LIMIT);
        assertThat(of(afterJury, 4).decidable()).isFalse();
        assertThat(of(afterJury, 4).result(Rule.COUNTRY_LIMIT).reasonKey()).isEqualTo("award.rule.country.full");
    }

    @Test
    void awards_already_granted_take_their_country_places_first_and_declined_plans_free_theirs() {
        List<Candidate> polish = List.of(plan(1, "Słupsk", "PL", 90), plan(2, "Gdańsk", "PL", 80), plan(3, "Lublin", "PL", 70));
        // the manager awarded the third-ranked plan: it takes a place, so the second-ranked one is still within the limit
        List<Assessment> a = EligibilityEngine.assess(PEARLS, polish, List.of(new Decision(3, "PL", Decision.Kind.AWARDED)));
        assertThat(of(a, 3).standing()).isEqualTo(Standing.AWARDED);
        assertThat(of(a, 1).standing()).isEqualTo(Standing.AWARDABLE);
        assertThat(of(a, 2).standing()).isEqualTo(Standing.NEEDS_JURY_PLACE);

        List<Assessment> b = EligibilityEngine.assess(PEARLS, polish, List.of(new Decision(1, "PL", Decision.Kind.DECLINED)));
        assertThat(of(b, 1).standing()).isEqualTo(Standing.DECLINED);
        assertThat(of(b, 2).standing()).isEqualTo(Standing.AWARDABLE);
        assertThat(of(b, 3).standing()).isEqualTo(Standing.AWARDABLE);
    }

    @Test
    void without_a_country_limit_every_eligible_plan_is_awardable_and_without_jury_places_none_exceeds_it() {
        List<Candidate> polish = List.of(plan(1, "A", "PL", 90), plan(2, "B", "PL", 80), plan(3, "C", "PL", 70));
        RuleSet noLimit = new RuleSet(true, 2, 60, 0, 0, true, Set.of());
        assertThat(EligibilityEngine.assess(noLimit, polish, List.of())).extracting(Assessment::standing)
                .containsOnly(Standing.AWARDABLE);
        RuleSet oneNoJury = new RuleSet(true, 2, 60, 1, 0, true, Set.of());
        assertThat(EligibilityEngine.assess(oneNoJury, polish, List.of())).extracting(Assessment::standing)
                .containsExactly(Standing.AWARDABLE, Standing.OVER_COUNTRY_LIMIT, Standing.OVER_COUNTRY_LIMIT);
    }

    @Test
    void an_ineligible_plan_does_not_take_a_country_place() {
        Candidate capital = new Candidate(1, "P", 101, "Warszawa", "PL", true, true, 3, 99.0);
        List<Assessment> all = EligibilityEngine.assess(PEARLS, List.of(capital, plan(2, "A", "PL", 80), plan(3, "B", "PL", 70)), List.of());
        assertThat(of(all, 2).standing()).isEqualTo(Standing.AWARDABLE);
        assertThat(of(all, 3).standing()).isEqualTo(Standing.AWARDABLE);
        assertThat(of(all, 1).standing()).isEqualTo(Standing.NOT_ELIGIBLE);
    }
}
