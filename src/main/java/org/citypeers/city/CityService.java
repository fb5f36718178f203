package org.citypeers.city;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citypeers.base.NotFoundException;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cities and partner organisations, their profiles and their partnerships in programmes. */
@Service
@Transactional(readOnly = true)
public class CityService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final CityRepository cities;
    private final PartnershipRepository partnerships;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    public CityService(CityRepository cities, PartnershipRepository partnerships, ProgrammeService programmes,
                       CurrentUser currentUser) {
        this.cities = cities;
        this.partnerships = partnerships;
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    /** Everything the city form edits. */
    public record CityData(String name, City.Kind kind, String country, Integer population, String region, Double latitude,
                           Double longitude, List<String> languages, boolean capital, String profile, String challenges,
                           String assets) {}

    @PreAuthorize("isAuthenticated()")
    public List<City> findAll() {
        return cities.findAllByOrderByNameAsc();
    }

    @PreAuthorize("isAuthenticated()")
    public City get(Long id) {
        return cities.findById(id).orElseThrow(() -> new NotFoundException("City", id));
    }

    /** The city the signed-in person works for, if any. */
    public java.util.Optional<City> findMine() {
        return currentUser.get().map(UserAccount::getOrganisationId).flatMap(cities::findById);
    }

    /** The partners of a programme (public, shown on the programme page). */
    public List<Partnership> partnersOf(Long programmeId) {
        return partnerships.findByProgramme(programmeId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<Partnership> programmesOf(Long cityId) {
        return partnerships.findByCity(cityId);
    }

    /** Whether the signed-in person may edit this city's profile: an admin or one of its coordinators. */
    public boolean canEdit(Long cityId) {
        return currentUser.get().map(me -> me.hasRole(Roles.ADMIN)
                || (me.hasRole(Roles.CITY_COORDINATOR) && cityId.equals(me.getOrganisationId()))).orElse(false);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public City create(CityData data) {
        validate(data);
        City c = new City(data.name().trim(), data.kind(), data.country().toUpperCase(Locale.ROOT));
        apply(c, data);
        return cities.save(c);
    }

    /** Changes a city's profile; admins or the city's own coordinators only; fails on a concurrent change. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CITY_COORDINATOR')")
    public City update(Long id, long expectedVersion, CityData data) {
        if (!canEdit(id)) {
            throw new AccessDeniedException("Only the city's own coordinators may change its profile.");
        }
        City c = get(id);
        if (c.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(City.class, id);
        }
        validate(data);
        c.setName(data.name().trim());
        c.setKind(data.kind());
        c.setCountry(data.country().toUpperCase(Locale.ROOT));
        apply(c, data);
        return cities.save(c);
    }

    /** Adds a city to a programme in a role; the programme's managers only. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public Partnership addPartner(Long programmeId, Long cityId, Partnership.Role role) {
        programmes.checkCanManage(programmeId);
        if (partnerships.existsByProgrammeIdAndCityId(programmeId, cityId)) {
            throw new IllegalArgumentException("This partner is already in the programme.");
        }
        Programme p = programmes.get(programmeId);
        return partnerships.save(new Partnership(p, get(cityId), role));
    }

    /** Removes a partner from a programme; the programme's managers only. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public void removePartner(Long partnershipId) {
        Partnership p = partnerships.findById(partnershipId).orElseThrow(() -> new NotFoundException("Partnership", partnershipId));
        programmes.checkCanManage(p.getProgramme().getId());
        partnerships.delete(p);
    }

    private static void apply(City c, CityData d) {
        c.setPopulation(d.population());
        c.setRegion(d.region() == null || d.region().isBlank() ? null : d.region().trim());
        c.setLatitude(d.latitude());
        c.setLongitude(d.longitude());
        c.setLanguages(d.languages() == null ? List.of() : d.languages());
        c.setCapital(d.capital());
        c.setProfile(d.profile());
        c.setChallenges(d.challenges());
        c.setAssets(d.assets());
    }

    static void validate(CityData d) {
        require(d.name() != null && !d.name().isBlank() && d.name().length() <= City.NAME_MAX,
                "The name is required (at most " + City.NAME_MAX + " characters).");
        require(d.kind() != null, "Choose whether this is a city or an organisation.");
        require(d.country() != null && COUNTRIES.contains(d.country().toUpperCase(Locale.ROOT)),
                "Choose a country (two-letter ISO code, e.g. PL).");
        require(d.population() == null || (d.population() >= 0 && d.population() <= 50_000_000),
                "The population must be between 0 and 50,000,000.");
        require(d.latitude() == null || (d.latitude() >= -90 && d.latitude() <= 90), "Latitude must be between -90 and 90.");
        require(d.longitude() == null || (d.longitude() >= -180 && d.longitude() <= 180), "Longitude must be between -180 and 180.");
        require(d.region() == null || d.region().length() <= City.REGION_MAX, "The region name is too long.");
        for (String t : new String[] {d.profile(), d.challenges(), d.assets()}) {
            require(t == null || t.length() <= City.TEXT_MAX, "A text is longer than " + City.TEXT_MAX + " characters.");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
