package org.citypeers.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citypeers.base.AbstractEntity;
import org.citypeers.city.City;

/** A city that adapted a practice, and how. */
@Entity
@Table(name = "practice_adaptation")
public class PracticeAdaptation extends AbstractEntity {

    public static final int HOW_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    @Column(name = "city_name", nullable = false, length = City.NAME_MAX)
    private String cityName;

    @Column(length = 2)
    private String country;

    @Column(length = HOW_MAX)
    private String how;

    @Column(name = "adapted_year")
    private Integer year;

    @Column(nullable = false)
    private int position;

    protected PracticeAdaptation() {}

    public PracticeAdaptation(City city, String cityName, String country, String how, Integer year, int position) {
        this.city = city;
        this.cityName = cityName;
        this.country = country;
        this.how = how;
        this.year = year;
        this.position = position;
    }

    public City getCity() { return city; }
    public String getCityName() { return cityName; }
    public String getCountry() { return country; }
    public String getHow() { return how; }
    public Integer getYear() { return year; }
    public int getPosition() { return position; }
}
