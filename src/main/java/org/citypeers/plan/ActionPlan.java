package org.citypeers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.citypeers.base.AbstractEntity;
import org.citypeers.city.City;
import org.citypeers.programme.Programme;

/**
 * A city's action plan in one round (year) of a programme, written in the city's language. Its
 * content lives in {@link PlanSection}s and {@link PlanAction}s, each versioned separately, so that
 * coordinators editing different parts at once never block each other; this row's own version only
 * guards the status.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_id")
    private City city;

    /** Excluded from locking: a programme getting its own template re-points its plans without touching their status. */
    @Column(name = "template_id", nullable = false)
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Long templateId;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanStatus status = PlanStatus.DRAFT;

    /** The number of the last submitted (frozen) version; 0 before the first submission. */
    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** Touched by every content save; excluded from locking so that saves of different sections never collide here. */
    @Column(name = "updated_at", nullable = false)
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Instant updatedAt = Instant.now();

    protected ActionPlan() {}

    public ActionPlan(Programme programme, City city, Long templateId, int round, String language) {
        this.programme = programme;
        this.city = city;
        this.templateId = templateId;
        this.round = round;
        this.language = language;
    }

    public Programme getProgramme() { return programme; }
    public City getCity() { return city; }
    public Long getTemplateId() { return templateId; }
    void followTemplate(Long templateId) { this.templateId = templateId; }
    public int getRound() { return round; }
    public String getLanguage() { return language; }
    public PlanStatus getStatus() { return status; }
    void setStatus(PlanStatus status) { this.status = status; touch(); }
    public int getLatestVersion() { return latestVersion; }
    void setLatestVersion(int n) { this.latestVersion = n; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    void touch() { this.updatedAt = Instant.now(); }

    /** A readable name such as "Tauragė – BSR Cultural Pearls 2026". */
    public String displayName() {
        return city.getName() + " – " + programme.getShortName() + " " + round;
    }
}
