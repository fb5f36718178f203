package org.citypeers.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.citypeers.IntegrationTest;
import org.citypeers.city.CityService.CityData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

class CityServiceTest extends IntegrationTest {

    @Autowired
    CityService cities;

    private City named(String name) {
        return cities.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    private static CityData profile(City c, String challenges) {
        return new CityData(c.getName(), c.getKind(), c.getCountry(), c.getPopulation(), c.getRegion(), c.getLatitude(),
                c.getLongitude(), c.getLanguages(), c.isCapital(), c.getProfile(), challenges, c.getAssets());
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_coordinator_edits_the_profile_of_their_own_city() {
        City taurage = named("Tauragė");
        City saved = cities.update(taurage.getId(), taurage.getVersion(), profile(taurage, "Jaunimas išvyksta; tušti pastatai."));
        assertThat(saved.getChallenges()).isEqualTo("Jaunimas išvyksta; tušti pastatai.");
        assertThat(cities.findMine()).map(City::getName).contains("Tauragė");
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_coordinator_cannot_edit_another_citys_profile() {
        City lublin = named("Lublin");
        assertThat(cities.canEdit(lublin.getId())).isFalse();
        assertThatThrownBy(() -> cities.update(lublin.getId(), lublin.getVersion(), profile(lublin, "taken over")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("expert@citypeers.eu")
    void an_expert_cannot_create_cities() {
        assertThatThrownBy(() -> cities.create(new CityData("Nowhere", City.Kind.CITY, "PL", 1, null, null, null, List.of(), false,
                null, null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin@citypeers.eu")
    void bad_city_data_is_refused_with_a_message() {
        assertThatThrownBy(() -> cities.create(new CityData("Atlantis", City.Kind.CITY, "XX", 10, null, null, null, List.of(), false,
                null, null, null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> cities.create(new CityData("Giant", City.Kind.CITY, "PL", 2_000_000_000, null, null, null, List.of(),
                false, null, null, null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("population");
        assertThatThrownBy(() -> cities.create(new CityData("Offworld", City.Kind.CITY, "PL", 10, null, 123.0, 0.0, List.of(),
                false, null, null, null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Latitude");
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_manager_adds_a_partner_to_their_programme_once() {
        Long pearls = cities.partnersOf(1L).isEmpty() ? null : 1L;
        City created = cities.create(new CityData("Kretinga", City.Kind.CITY, "LT", 17_000, "Klaipėda County", null, null,
                List.of("lt"), false, null, null, null));
        Long programmeId = cities.programmesOf(named("Tauragė").getId()).get(0).getProgramme().getId();
        cities.addPartner(programmeId, created.getId(), Partnership.Role.ASSOCIATED_PARTNER);
        assertThat(cities.partnersOf(programmeId)).extracting(p -> p.getCity().getName()).contains("Kretinga");
        assertThatThrownBy(() -> cities.addPartner(programmeId, created.getId(), Partnership.Role.PARTNER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pearls).isNotNull();
        Partnership added = cities.partnersOf(programmeId).stream().filter(p -> p.getCity().getName().equals("Kretinga")).findFirst().orElseThrow();
        cities.removePartner(added.getId());
        assertThat(cities.partnersOf(programmeId)).extracting(p -> p.getCity().getName()).doesNotContain("Kretinga");
    }

    @Test
    @WithUserDetails("lublin@citypeers.eu")
    void a_coordinator_cannot_remove_partners() {
        Partnership any = cities.partnersOf(cities.programmesOf(named("Lublin").getId()).get(0).getProgramme().getId()).get(0);
        assertThatThrownBy(() -> cities.removePartner(any.getId())).isInstanceOf(AccessDeniedException.class);
    }
}
