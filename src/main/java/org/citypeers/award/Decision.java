package org.citypeers.award;

/** A standing decision on a plan, as the rule engine sees it (revoked decisions are not passed in). */
public record Decision(long planId, String country, Kind kind) {

    public enum Kind { AWARDED, AWARDED_WITH_JURY_PLACE, DECLINED }
}
