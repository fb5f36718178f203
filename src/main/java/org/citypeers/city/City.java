package org.citypeers.city;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.citypeers.base.AbstractEntity;
import org.citypeers.base.StringListConverter;

/**
 * A city, or another organisation that takes part in programmes (a cultural institute, a council of
 * states). The profile, challenges and assets are what the matching reads.
 */
@Entity
@Table(name = "city")
public class City extends AbstractEntity {

    public enum Kind { CITY, ORGANISATION }

    public static final int NAME_MAX = 160;
    public static final int REGION_MAX = 160;
    public static final int TEXT_MAX = 20_000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind = Kind.CITY;

    /** ISO 3166-1 alpha-2, upper case. */
    @Column(nullable = false, length = 2)
    private String country;

    private Integer population;

    @Column(length = REGION_MAX)
    private String region;

    private Double latitude;
    private Double longitude;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 100)
    private List<String> languages = new ArrayList<>();

    @Column(nullable = false)
    private boolean capital;

    @Column(length = TEXT_MAX)
    private String profile;

    @Column(length = TEXT_MAX)
    private String challenges;

    @Column(length = TEXT_MAX)
    private String assets;

    protected City() {}

    public City(String name, Kind kind, String country) {
        this.name = name;
        this.kind = kind;
        this.country = country;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = new ArrayList<>(languages); }
    public boolean isCapital() { return capital; }
    public void setCapital(boolean capital) { this.capital = capital; }
    public String getProfile() { return profile; }
    public void setProfile(String profile) { this.profile = profile; }
    public String getChallenges() { return challenges; }
    public void setChallenges(String challenges) { this.challenges = challenges; }
    public String getAssets() { return assets; }
    public void setAssets(String assets) { this.assets = assets; }

    /** The main language of the city's texts (the first listed), or English. */
    public String mainLanguage() {
        return languages.isEmpty() ? "en" : languages.get(0);
    }
}
