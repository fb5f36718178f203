package org.citypeers.award;

/** Paths of the award pages, for links from other features (the home page, the programme page). */
public final class AwardRoutes {

    public static final String PUBLIC = "awards";

    private AwardRoutes() {}

    public static String rules(Long programmeId) {
        return "programmes/" + programmeId + "/award-rules";
    }

    public static String decisions(Long programmeId) {
        return "programmes/" + programmeId + "/award-decisions";
    }

    public static String award(Long awardId) {
        return "awards/" + awardId;
    }
}
