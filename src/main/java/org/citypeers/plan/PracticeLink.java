package org.citypeers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A good practice an action adapts, and how. The practice lives in another feature's table, so only
 * its id is kept (no foreign key) with a snapshot of its title, which stays readable if it is removed.
 */
@Embeddable
public class PracticeLink {

    public static final int TITLE_MAX = 300;
    public static final int ADAPTATION_MAX = 2000;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(name = "practice_title", nullable = false, length = TITLE_MAX)
    private String practiceTitle;

    @Column(length = ADAPTATION_MAX)
    private String adaptation;

    protected PracticeLink() {}

    public PracticeLink(long practiceId, String practiceTitle, String adaptation) {
        this.practiceId = practiceId;
        this.practiceTitle = practiceTitle;
        this.adaptation = adaptation;
    }

    public long getPracticeId() { return practiceId; }
    public String getPracticeTitle() { return practiceTitle; }
    public String getAdaptation() { return adaptation; }

    @Override
    public boolean equals(Object other) {
        return other instanceof PracticeLink o && java.util.Objects.equals(practiceId, o.practiceId) && java.util.Objects.equals(practiceTitle, o.practiceTitle) && java.util.Objects.equals(adaptation, o.adaptation);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(practiceId, practiceTitle, adaptation);
    }
}
