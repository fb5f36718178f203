package org.citypeers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person or organisation in the plan's ecosystem, with its role, influence and interest (LOW/MEDIUM/HIGH). */
@Embeddable
public class Stakeholder {

    public static final int NAME_MAX = 200;
    public static final int ROLE_MAX = 500;

    public enum Level { LOW, MEDIUM, HIGH }

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = ROLE_MAX)
    private String role;

    @Column(length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Level influence;

    @Column(length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Level interest;

    protected Stakeholder() {}

    public Stakeholder(String name, String role, Level influence, Level interest) {
        this.name = name;
        this.role = role;
        this.influence = influence;
        this.interest = interest;
    }

    public String getName() { return name; }
    public String getRole() { return role; }
    public Level getInfluence() { return influence; }
    public Level getInterest() { return interest; }

    boolean isComplete() {
        return name != null && !name.isBlank() && role != null && !role.isBlank() && influence != null && interest != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stakeholder o && java.util.Objects.equals(name, o.name) && java.util.Objects.equals(role, o.role) && java.util.Objects.equals(influence, o.influence) && java.util.Objects.equals(interest, o.interest);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, role, influence, interest);
    }
}
