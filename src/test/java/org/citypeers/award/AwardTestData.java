package org.citypeers.award;

import java.time.Instant;
import org.citypeers.city.City;

/** Stores awards directly (bypassing the rules), for tests of what the public and the managers see. */
public final class AwardTestData {

    private AwardTestData() {}

    public static Award store(AwardRepository repo, Long programmeId, City city, long planId, Award.Status status,
                              String citation, String summary) {
        AwardRules rules = new AwardRules(programmeId, "BSR Cultural Pearl", 2027);
        Candidate c = new Candidate(planId, "Plan of " + city.getName(), city.getId(), city.getName(), city.getCountry(),
                city.isCapital(), true, 2, 75.0);
        Award a = new Award(programmeId, c, rules, status, false, citation, summary, 1L, "Magdalena Manager", Instant.now());
        if (status == Award.Status.REVOKED) {
            a = new Award(programmeId, c, rules, Award.Status.AWARDED, false, citation, summary, 1L, "Magdalena Manager", Instant.now());
            a.revoke(1L, "Magdalena Manager", Instant.now(), "Withdrawn in a test");
        }
        return repo.saveAndFlush(a);
    }
}
