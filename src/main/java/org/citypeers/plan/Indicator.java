package org.citypeers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How an action's success is measured: what, from which baseline, to which target (free text, e.g. "120 visitors"). */
@Embeddable
public class Indicator {

    public static final int MAX = 200;

    @Column(nullable = false, length = MAX)
    private String name;

    @Column(length = MAX)
    private String baseline;

    @Column(length = MAX)
    private String target;

    protected Indicator() {}

    public Indicator(String name, String baseline, String target) {
        this.name = name;
        this.baseline = baseline;
        this.target = target;
    }

    public String getName() { return name; }
    public String getBaseline() { return baseline; }
    public String getTarget() { return target; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Indicator o && java.util.Objects.equals(name, o.name) && java.util.Objects.equals(baseline, o.baseline) && java.util.Objects.equals(target, o.target);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, baseline, target);
    }
}
