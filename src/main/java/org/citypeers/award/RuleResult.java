package org.citypeers.award;

import java.util.List;

/**
 * One rule applied to one plan: met, not met, or not evaluated (the country limit is only applied to
 * plans that meet all other rules). The reason is an i18n key of the award bundle with its arguments.
 */
public record RuleResult(Rule rule, Outcome outcome, String reasonKey, List<Object> reasonArgs) {

    public enum Outcome { MET, NOT_MET, NOT_EVALUATED }

    static RuleResult met(Rule rule, String key, Object... args) {
        return new RuleResult(rule, Outcome.MET, key, List.of(args));
    }

    static RuleResult notMet(Rule rule, String key, Object... args) {
        return new RuleResult(rule, Outcome.NOT_MET, key, List.of(args));
    }

    static RuleResult notEvaluated(Rule rule, String key, Object... args) {
        return new RuleResult(rule, Outcome.NOT_EVALUATED, key, List.of(args));
    }

    public boolean met() {
        return outcome == Outcome.MET;
    }
}
