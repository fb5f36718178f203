package org.citypeers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citypeers.base.AbstractEntity;

/** A self-assessment question of a programme, answered on a scale (e.g. 1 = not prepared .. 5 = fully prepared). */
@Entity
@Table(name = "plan_template_question")
public class TemplateQuestion extends AbstractEntity {

    /** Drives both the column length and the editor's max length. */
    public static final int TEXT_MAX = 500;
    /** The lowest and highest points a scale may use (a scale from 0 to 10 is the widest). */
    public static final int SCALE_LOWEST = 0;
    public static final int SCALE_HIGHEST = 10;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "scale_min", nullable = false)
    private int scaleMin;

    @Column(name = "scale_max", nullable = false)
    private int scaleMax;

    @Column(nullable = false)
    private int position;

    protected TemplateQuestion() {}

    TemplateQuestion(String text, int scaleMin, int scaleMax, int position) {
        change(text, scaleMin, scaleMax);
        this.position = position;
    }

    void change(String text, int scaleMin, int scaleMax) {
        if (scaleMax <= scaleMin) {
            throw new IllegalArgumentException("A scale needs at least two points.");
        }
        this.text = text;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
    }

    void setPosition(int position) { this.position = position; }

    public String getText() { return text; }
    public int getScaleMin() { return scaleMin; }
    public int getScaleMax() { return scaleMax; }
    public int getPosition() { return position; }
}
