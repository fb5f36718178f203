package org.citypeers.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.citypeers.base.AbstractEntity;

/** One dated step of a programme: the call, action planning, the review and the award. */
@Entity
@Table(name = "programme_phase")
public class ProgrammePhase extends AbstractEntity {

    public enum Kind { CALL, ACTION_PLANNING, REVIEW, AWARD, OTHER }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected ProgrammePhase() {}

    public ProgrammePhase(Kind kind, String name, LocalDate startsOn, LocalDate endsOn) {
        this.kind = kind;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public void change(Kind kind, String name, LocalDate startsOn, LocalDate endsOn) {
        this.kind = kind;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Kind getKind() { return kind; }
    public String getName() { return name; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }

    public boolean isCurrent(LocalDate today) {
        return (startsOn == null || !today.isBefore(startsOn)) && (endsOn == null || !today.isAfter(endsOn));
    }
}
