package org.citypeers.practice;

import org.citypeers.security.UserAccount;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the versions of a practice: a JSON snapshot of its content after each change, with who and why. */
@Component
class PracticeHistory {

    /** Who made a change: an account, or the system (an import at start-up). */
    record Actor(Long id, String name) {
        static Actor of(UserAccount u) {
            return new Actor(u.getId(), u.getName());
        }
    }

    private final PracticeVersionRepository versions;
    private final JsonMapper json = JsonMapper.builder().build();

    PracticeHistory(PracticeVersionRepository versions) {
        this.versions = versions;
    }

    /** The JSON form of the practice's content, as stored in a version. */
    String snapshotOf(GoodPractice p) {
        return json.writeValueAsString(PracticeData.of(p));
    }

    void record(GoodPractice p, PracticeVersion.Action action, PracticeStatus from, String reason, Actor actor) {
        String snapshot = json.writeValueAsString(PracticeData.of(p));
        if (snapshot.length() > PracticeVersion.SNAPSHOT_MAX) {
            PracticeData d = PracticeData.of(p);
            snapshot = json.writeValueAsString(new PracticeData(d.title(), d.summary(), "(too long for the history)", d.cityId(),
                    d.cityName(), d.country(), d.population(), d.programmeId(), d.programmeName(), d.language(), d.themes(),
                    d.tags(), d.targetGroups(), d.stakeholders(), d.budgetRange(), d.staff(), null, null, d.contact(),
                    d.links(), d.year(), d.url(), d.adaptations()));
        }
        int number = (int) versions.countByPracticeId(p.getId()) + 1;
        String name = actor.name() == null ? "system" : actor.name();
        versions.save(new PracticeVersion(p.getId(), number, action, from, p.getStatus(), reason, actor.id(),
                name.length() > 120 ? name.substring(0, 120) : name, snapshot));
    }
}
