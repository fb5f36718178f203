package org.citypeers.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citypeers.base.AbstractEntity;
import org.citypeers.programme.Programme;

/** A city's or organisation's part in a programme. */
@Entity
@Table(name = "partnership")
public class Partnership extends AbstractEntity {

    public enum Role { LEAD_PARTNER, PARTNER, ASSOCIATED_PARTNER }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    private City city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    protected Partnership() {}

    public Partnership(Programme programme, City city, Role role) {
        this.programme = programme;
        this.city = city;
        this.role = role;
    }

    public Programme getProgramme() { return programme; }
    public City getCity() { return city; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
}
