package org.citypeers.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citypeers.base.AbstractEntity;

/** A criterion experts score plans against, with its weight in percent of the total. */
@Entity
@Table(name = "award_criterion")
public class AwardCriterion extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private int position;

    protected AwardCriterion() {}

    public AwardCriterion(String name, String description, int weight) {
        this.name = name;
        this.description = description;
        this.weight = weight;
    }

    /** Changes the criterion in place (existing scores keep pointing at it). */
    public void change(String name, String description, int weight) {
        this.name = name;
        this.description = description;
        this.weight = weight;
    }

    public String getName() { return name; }
    public String getDescription() { return description; }
    public int getWeight() { return weight; }
    public int getPosition() { return position; }
    void setPosition(int position) { this.position = position; }
}
