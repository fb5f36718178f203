package org.citypeers.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.citypeers.IntegrationTest;
import org.citypeers.base.NotFoundException;
import org.citypeers.city.CityRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class PracticeServiceTest extends IntegrationTest {

    static final String COORDINATOR = "coordinator@citypeers.eu";
    static final String LUBLIN = "lublin@citypeers.eu";
    static final String EXPERT = "expert@citypeers.eu";
    static final String MANAGER = "manager@citypeers.eu";
    static final String ADMIN = "admin@citypeers.eu";

    @Autowired PracticeService practices;
    @Autowired CityRepository cities;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;
    Actors actors;

    @org.junit.jupiter.api.BeforeEach
    void actors() {
        actors = new Actors(users);
    }
    @Autowired ApplicationEvents events;

    private GoodPractice draftOfTaurage(String title) {
        return actors.as(COORDINATOR, () -> practices.create(new PracticeData(title,
                "Older residents record the town's songs with pupils.", "A long <b>description</b> of the choir project.",
                null, null, null, null, null, null, null, List.of("ageing", "intangible-heritage"), List.of(),
                List.of("older people", "pupils"), List.of("cultural centre"), BudgetRange.UNDER_10K, "two people",
                "120 participants", "Needs a cultural centre", "info@taurage.example", List.of("https://taurage.example/choir"),
                2024, "https://taurage.example", List.of())));
    }

    private String unique(String s) {
        return s + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_coordinator_creates_a_draft_of_her_own_city_and_it_is_recorded_in_the_history() {
        GoodPractice p = draftOfTaurage(unique("Singing generations"));
        assertThat(p.getStatus()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(p.getCityName()).isEqualTo("Tauragė");
        assertThat(p.getCountry()).isEqualTo("LT");
        assertThat(p.getDescription()).isEqualTo("A long description of the choir project.");
        assertThat(p.getLanguage()).isEqualTo("en");
        List<PracticeVersion> h = actors.as(COORDINATOR, () -> practices.history(p.getId()));
        assertThat(h).extracting(PracticeVersion::getAction).containsExactly(PracticeVersion.Action.CREATED);
        assertThat(h.get(0).getAuthorName()).isEqualTo("Rūta Coordinator");
        assertThat(h.get(0).getSnapshot()).contains("Singing generations");
        assertThat(events.stream(PracticeChanged.class)).anyMatch(e -> e.practiceId() == p.getId());
    }

    @Test
    void the_whole_lifecycle_runs_from_draft_to_published_and_each_step_is_a_version() {
        GoodPractice p = draftOfTaurage(unique("Choir lifecycle"));
        long id = p.getId();
        GoodPractice s = actors.as(COORDINATOR, () -> practices.submit(id, p.getVersion()));
        GoodPractice v = actors.as(EXPERT, () -> practices.validate(id, s.getVersion()));
        GoodPractice pub = actors.as(EXPERT, () -> practices.publish(id, v.getVersion()));
        assertThat(pub.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(pub.getPublishedAt()).isNotNull();
        assertThat(actors.as(null, () -> practices.get(id)).getTitle()).startsWith("Choir lifecycle");
        assertThat(actors.as(null, () -> practices.history(id))).extracting(PracticeVersion::getAction).containsExactly(
                PracticeVersion.Action.PUBLISHED, PracticeVersion.Action.VALIDATED, PracticeVersion.Action.SUBMITTED,
                PracticeVersion.Action.CREATED);
        assertThat(practices.findForIndex(id)).get().extracting(PracticeSnapshot::status).isEqualTo(PracticeStatus.PUBLISHED);
    }

    @Test
    void anonymous_visitors_and_other_cities_get_not_found_for_an_unpublished_practice() {
        GoodPractice p = draftOfTaurage(unique("Hidden draft"));
        assertThatThrownBy(() -> actors.as(null, () -> practices.get(p.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actors.as(LUBLIN, () -> practices.get(p.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actors.as(EXPERT, () -> practices.get(p.getId()))).isInstanceOf(NotFoundException.class);
        assertThat(actors.as("coordinator2@citypeers.eu", () -> practices.get(p.getId()))).isNotNull();
    }

    @Test
    void a_coordinator_cannot_edit_another_citys_practice() {
        GoodPractice p = draftOfTaurage(unique("Not for Lublin"));
        PracticeData change = PracticeData.of(actors.as(ADMIN, () -> practices.get(p.getId())));
        assertThatThrownBy(() -> actors.as(LUBLIN, () -> practices.update(p.getId(), p.getVersion(), change)))
                .as("another city's draft is invisible").isInstanceOf(NotFoundException.class);
        GoodPractice s = actors.as(COORDINATOR, () -> practices.submit(p.getId(), p.getVersion()));
        GoodPractice v = actors.as(EXPERT, () -> practices.validate(p.getId(), s.getVersion()));
        GoodPractice pub = actors.as(EXPERT, () -> practices.publish(p.getId(), v.getVersion()));
        assertThat(actors.as(LUBLIN, () -> practices.actions(p.getId())).edit()).isFalse();
        assertThatThrownBy(() -> actors.as(LUBLIN, () -> practices.update(p.getId(), pub.getVersion(), change)))
                .as("a published practice of another city is visible but not editable").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.as(COORDINATOR, () -> practices.update(p.getId(), pub.getVersion(), change)))
                .as("not even by its own city once published").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coordinator_cannot_create_a_practice_for_another_city() {
        Long lublin = cities.findAllByOrderByNameAsc().stream().filter(c -> c.getName().equals("Lublin")).findFirst().orElseThrow().getId();
        assertThatThrownBy(() -> actors.as(COORDINATOR, () -> practices.create(
                PracticeData.minimal("x", "y", lublin, null, null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coordinator_cannot_edit_her_own_practice_once_submitted_but_can_after_it_is_returned() {
        GoodPractice p = draftOfTaurage(unique("Returned choir"));
        GoodPractice s = actors.as(COORDINATOR, () -> practices.submit(p.getId(), p.getVersion()));
        PracticeData d = PracticeData.of(actors.as(COORDINATOR, () -> practices.get(p.getId())));
        assertThatThrownBy(() -> actors.as(COORDINATOR, () -> practices.update(p.getId(), s.getVersion(), d)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.as(EXPERT, () -> practices.sendBack(p.getId(), s.getVersion(), " ")))
                .isInstanceOf(IllegalArgumentException.class);
        GoodPractice r = actors.as(EXPERT, () -> practices.sendBack(p.getId(), s.getVersion(), "Add the results, please."));
        assertThat(r.getStatus()).isEqualTo(PracticeStatus.RETURNED);
        assertThat(r.getStatusReason()).isEqualTo("Add the results, please.");
        GoodPractice edited = actors.as(COORDINATOR, () -> practices.update(p.getId(), r.getVersion(), d));
        assertThat(edited.getStatus()).isEqualTo(PracticeStatus.RETURNED);
        assertThat(actors.as(COORDINATOR, () -> practices.history(p.getId())).get(1).getReason()).isEqualTo("Add the results, please.");
    }

    @Test
    void coordinators_cannot_validate_or_publish_and_managers_cannot_validate() {
        GoodPractice p = draftOfTaurage(unique("Self validation"));
        GoodPractice s = actors.as(COORDINATOR, () -> practices.submit(p.getId(), p.getVersion()));
        assertThatThrownBy(() -> actors.as(COORDINATOR, () -> practices.validate(p.getId(), s.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.as(MANAGER, () -> practices.validate(p.getId(), s.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.as(EXPERT, () -> practices.publish(p.getId(), s.getVersion())))
                .as("a submitted practice must be validated before publishing").isInstanceOf(AccessDeniedException.class);
        GoodPractice v = actors.as("expert2@citypeers.eu", () -> practices.validate(p.getId(), s.getVersion()));
        assertThat(actors.as(MANAGER, () -> practices.publish(p.getId(), v.getVersion())).getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
    }

    @Test
    void an_expert_rejects_with_a_reason_and_the_city_can_no_longer_edit() {
        GoodPractice p = draftOfTaurage(unique("Rejected"));
        GoodPractice s = actors.as(COORDINATOR, () -> practices.submit(p.getId(), p.getVersion()));
        GoodPractice r = actors.as(EXPERT, () -> practices.reject(p.getId(), s.getVersion(), "Not a practice but an event."));
        assertThat(r.getStatus()).isEqualTo(PracticeStatus.REJECTED);
        assertThat(actors.as(COORDINATOR, () -> practices.actions(p.getId())).edit()).isFalse();
    }

    @Test
    void a_stale_version_is_refused() {
        GoodPractice p = draftOfTaurage(unique("Stale"));
        actors.as(COORDINATOR, () -> practices.update(p.getId(), p.getVersion(), PracticeData.of(actors.as(COORDINATOR, () -> practices.get(p.getId())))));
        assertThatThrownBy(() -> actors.as(COORDINATOR, () -> practices.submit(p.getId(), p.getVersion())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void html_and_script_in_texts_are_stored_as_plain_text() {
        GoodPractice p = actors.as(COORDINATOR, () -> practices.create(PracticeData.minimal(
                "<script>alert('x')</script>Safe <i>title</i>", "<img src=x onerror=alert(1)>A & B < C", null, null, null)));
        assertThat(p.getTitle()).isEqualTo("Safe title");
        assertThat(p.getSummary()).isEqualTo("A & B < C");
    }

    @Test
    void the_language_is_detected_when_not_given() {
        GoodPractice p = actors.as(COORDINATOR, () -> practices.create(PracticeData.minimal(unique("Senjorų choras"),
                "Vyresnio amžiaus gyventojai kartu su moksleiviais dainuoja ir įrašo senąsias miesto dainas.", null, null, null)));
        assertThat(p.getLanguage()).isEqualTo("lt");
        assertThat(p.isLanguageDetected()).isTrue();
    }

    @Test
    void invalid_input_gives_a_readable_message() {
        assertThatThrownBy(() -> actors.as(COORDINATOR, () -> practices.create(PracticeData.minimal("", "", null, null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title: is required");
    }

    @Test
    void the_index_stream_sees_every_practice_with_its_city() {
        GoodPractice p = draftOfTaurage(unique("Indexed"));
        java.util.List<PracticeSnapshot> all = new java.util.ArrayList<>();
        practices.streamAllForIndex(all::add);
        PracticeSnapshot mine = all.stream().filter(s -> s.id() == p.getId()).findFirst().orElseThrow();
        assertThat(mine.cityName()).isEqualTo("Tauragė");
        assertThat(mine.population()).isEqualTo(22_000);
        assertThat(mine.themes()).containsExactly("ageing", "intangible-heritage");
        assertThat(mine.published()).isFalse();
    }
}
