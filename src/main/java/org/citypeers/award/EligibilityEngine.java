package org.citypeers.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citypeers.award.Assessment.Standing;

/**
 * Applies a programme's award rules to its plans. Pure: no database, no security, no clock, so every
 * rule is unit-tested on plain records.
 *
 * <p>Eligible plans (all rules but the country limit met) are ranked by weighted score. Walking down
 * the ranking, each country's places are filled up to the limit, counting the awards already granted
 * within the limit first; a plan whose country is full needs one of the jury's extra places, which the
 * manager grants explicitly. Declined plans free their place for the next one.
 */
public final class EligibilityEngine {

    private static final Comparator<Candidate> BY_SCORE = Comparator
            .comparing((Candidate c) -> c.weightedScore() == null ? Double.NEGATIVE_INFINITY : c.weightedScore())
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::submittedReviews).reversed())
            .thenComparing(Candidate::cityName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparingLong(Candidate::planId);

    private EligibilityEngine() {}

    /** Every candidate with its rule results, best ranked first, then the ones that are not eligible. */
    public static List<Assessment> assess(RuleSet rules, List<Candidate> candidates, List<Decision> decisions) {
        Map<Long, Decision> byPlan = decisions.stream()
                .collect(Collectors.toMap(Decision::planId, Function.identity(), (a, b) -> a));
        Map<String, Integer> placesTaken = new HashMap<>();
        long juryPlacesUsed = 0;
        for (Decision d : decisions) {
            if (d.kind() == Decision.Kind.AWARDED) {
                placesTaken.merge(d.country(), 1, Integer::sum);
            } else if (d.kind() == Decision.Kind.AWARDED_WITH_JURY_PLACE) {
                juryPlacesUsed++;
            }
        }
        boolean juryPlaceLeft = juryPlacesUsed < rules.juryPlaces();

        List<Assessment> ranked = new ArrayList<>();
        List<Assessment> notEligible = new ArrayList<>();
        List<Candidate> sorted = candidates.stream().sorted(BY_SCORE).toList();
        int rank = 0;
        for (Candidate c : sorted) {
            List<RuleResult> results = new ArrayList<>(baseRules(rules, c));
            Decision decision = byPlan.get(c.planId());
            boolean eligible = results.stream().allMatch(RuleResult::met);
            if (!eligible) {
                results.add(RuleResult.notEvaluated(Rule.COUNTRY_LIMIT, "award.rule.country.notEvaluated"));
                notEligible.add(new Assessment(c, List.copyOf(results), 0,
                        decision == null ? Standing.NOT_ELIGIBLE : standingOf(decision)));
                continue;
            }
            rank++;
            Standing standing;
            if (decision != null) {
                results.add(countryResultOfDecision(rules, c, decision));
                standing = standingOf(decision);
            } else if (rules.maxPerCountry() <= 0) {
                results.add(RuleResult.met(Rule.COUNTRY_LIMIT, "award.rule.country.noLimit"));
                standing = Standing.AWARDABLE;
            } else {
                int taken = placesTaken.getOrDefault(c.country(), 0);
                if (taken < rules.maxPerCountry()) {
                    placesTaken.put(c.country(), taken + 1);
                    results.add(RuleResult.met(Rule.COUNTRY_LIMIT, "award.rule.country.met", taken + 1,
                            rules.maxPerCountry(), c.country()));
                    standing = Standing.AWARDABLE;
                } else if (juryPlaceLeft) {
                    results.add(RuleResult.notMet(Rule.COUNTRY_LIMIT, "award.rule.country.juryPlace",
                            rules.maxPerCountry(), c.country()));
                    standing = Standing.NEEDS_JURY_PLACE;
                } else {
                    results.add(RuleResult.notMet(Rule.COUNTRY_LIMIT, "award.rule.country.full",
                            rules.maxPerCountry(), c.country()));
                    standing = Standing.OVER_COUNTRY_LIMIT;
                }
            }
            ranked.add(new Assessment(c, List.copyOf(results), rank, standing));
        }
        ranked.addAll(notEligible);
        return List.copyOf(ranked);
    }

    /** The rules that do not depend on the other plans. */
    static List<RuleResult> baseRules(RuleSet rules, Candidate c) {
        List<RuleResult> results = new ArrayList<>(4);
        if (!rules.requireCompleteSections()) {
            results.add(RuleResult.met(Rule.SECTIONS_COMPLETE, "award.rule.sections.notRequired"));
        } else if (c.requiredSectionsComplete()) {
            results.add(RuleResult.met(Rule.SECTIONS_COMPLETE, "award.rule.sections.met"));
        } else {
            results.add(RuleResult.notMet(Rule.SECTIONS_COMPLETE, "award.rule.sections.notMet"));
        }

        results.add(c.submittedReviews() >= rules.minReviews()
                ? RuleResult.met(Rule.MIN_REVIEWS, "award.rule.reviews.met", c.submittedReviews(), rules.minReviews())
                : RuleResult.notMet(Rule.MIN_REVIEWS, "award.rule.reviews.notMet", c.submittedReviews(), rules.minReviews()));

        if (c.weightedScore() == null) {
            results.add(RuleResult.notMet(Rule.MIN_SCORE, "award.rule.score.none", format(rules.minScore())));
        } else if (c.weightedScore() >= rules.minScore()) {
            results.add(RuleResult.met(Rule.MIN_SCORE, "award.rule.score.met", format(c.weightedScore()), format(rules.minScore())));
        } else {
            results.add(RuleResult.notMet(Rule.MIN_SCORE, "award.rule.score.notMet", format(c.weightedScore()), format(rules.minScore())));
        }

        if (rules.excludeCapitals() && c.capital()) {
            results.add(RuleResult.notMet(Rule.CITY_NOT_EXCLUDED, "award.rule.city.capital", c.cityName()));
        } else if (rules.excludedCityIds().contains(c.cityId())) {
            results.add(RuleResult.notMet(Rule.CITY_NOT_EXCLUDED, "award.rule.city.listed", c.cityName()));
        } else {
            results.add(RuleResult.met(Rule.CITY_NOT_EXCLUDED, "award.rule.city.met"));
        }
        return results;
    }

    private static RuleResult countryResultOfDecision(RuleSet rules, Candidate c, Decision d) {
        return switch (d.kind()) {
            case AWARDED -> RuleResult.met(Rule.COUNTRY_LIMIT, "award.rule.country.awarded", rules.maxPerCountry(), c.country());
            case AWARDED_WITH_JURY_PLACE -> RuleResult.met(Rule.COUNTRY_LIMIT, "award.rule.country.awardedJury");
            case DECLINED -> RuleResult.notEvaluated(Rule.COUNTRY_LIMIT, "award.rule.country.declined");
        };
    }

    private static Standing standingOf(Decision d) {
        return switch (d.kind()) {
            case AWARDED -> Standing.AWARDED;
            case AWARDED_WITH_JURY_PLACE -> Standing.AWARDED_WITH_JURY_PLACE;
            case DECLINED -> Standing.DECLINED;
        };
    }

    /** Scores are shown with one decimal at most (72.5, 60). */
    static String format(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.format(java.util.Locale.ROOT, "%.1f", score);
    }
}
