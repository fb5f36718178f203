package org.citypeers.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.citypeers.IntegrationTest;
import org.citypeers.programme.ProgrammeService.ProgrammeData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class ProgrammeServiceTest extends IntegrationTest {

    @Autowired
    ProgrammeService programmes;

    private static ProgrammeData data(String name) {
        return new ProgrammeData(name, "T-" + Math.abs(name.hashCode() % 10000), "Interreg Baltic Sea Region", "A test programme",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), List.of("en", "pl"), "Test Pearl");
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitors_read_programmes_with_phases_and_criteria() {
        Programme pearls = programmes.findAll().stream().filter(p -> p.getShortName().equals("BSR Cultural Pearls")).findFirst().orElseThrow();
        Programme loaded = programmes.get(pearls.getId());
        assertThat(loaded.getPhases()).extracting(ProgrammePhase::getKind).contains(ProgrammePhase.Kind.CALL, ProgrammePhase.Kind.AWARD);
        assertThat(loaded.getCriteria()).extracting(AwardCriterion::getName).contains("Innovative and holistic approach");
        assertThat(loaded.totalWeight()).isEqualTo(100);
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitors_cannot_create_programmes() {
        assertThatThrownBy(() -> programmes.create(data("Anonymous attempt"))).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_city_coordinator_cannot_create_or_change_programmes() {
        assertThatThrownBy(() -> programmes.create(data("Coordinator attempt"))).isInstanceOf(AccessDeniedException.class);
        Programme any = programmes.findAll().get(0);
        assertThatThrownBy(() -> programmes.update(any.getId(), any.getVersion(), data("Hijacked"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_manager_creates_a_programme_and_becomes_its_manager() {
        Programme p = programmes.create(data("Manager's new network"));
        assertThat(programmes.canManage(p.getId())).isTrue();
        assertThat(programmes.findManagedByMe()).extracting(Programme::getName).contains("Manager's new network");
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_manager_cannot_change_a_programme_they_do_not_manage() {
        Programme icorn = programmes.findAll().stream().filter(p -> p.getShortName().equals("ICORN")).findFirst().orElseThrow();
        assertThatThrownBy(() -> programmes.update(icorn.getId(), icorn.getVersion(), data("Not mine")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin@citypeers.eu")
    void a_stale_version_is_refused_instead_of_overwriting_a_colleagues_change() {
        Programme p = programmes.create(data("Concurrency check"));
        long seen = p.getVersion();
        programmes.update(p.getId(), seen, data("Concurrency check (first save)"));
        assertThatThrownBy(() -> programmes.update(p.getId(), seen, data("Concurrency check (second save)")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(programmes.get(p.getId()).getName()).isEqualTo("Concurrency check (first save)");
    }

    @Test
    @WithUserDetails("admin@citypeers.eu")
    void invalid_programme_data_gets_a_readable_message() {
        ProgrammeData endBeforeStart = new ProgrammeData("Backwards", "BW", null, null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 1, 1), List.of(), null);
        assertThatThrownBy(() -> programmes.create(endBeforeStart)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot end before it starts");
        ProgrammeData huge = new ProgrammeData("x".repeat(5000), "BIG", null, null, null, null, List.of(), null);
        assertThatThrownBy(() -> programmes.create(huge)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_manager_sets_phases_and_criteria_whose_weights_add_up_to_100() {
        Programme p = programmes.create(data("Structured network"));
        List<ProgrammeService.PhaseData> phases = List.of(
                new ProgrammeService.PhaseData(ProgrammePhase.Kind.CALL, "Call", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)),
                new ProgrammeService.PhaseData(ProgrammePhase.Kind.AWARD, "Award", LocalDate.of(2027, 9, 1), null));
        assertThatThrownBy(() -> programmes.updateStructure(p.getId(), p.getVersion(), phases,
                List.of(new ProgrammeService.CriterionData("Only half", null, 50))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
        Programme saved = programmes.updateStructure(p.getId(), programmes.get(p.getId()).getVersion(), phases, List.of(
                new ProgrammeService.CriterionData("Impact", null, 60), new ProgrammeService.CriterionData("Feasibility", null, 40)));
        assertThat(saved.getPhases()).extracting(ProgrammePhase::getName).containsExactly("Call", "Award");
        assertThat(saved.totalWeight()).isEqualTo(100);
        assertThatThrownBy(() -> programmes.updateStructure(p.getId(), saved.getVersion(), List.of(
                new ProgrammeService.PhaseData(ProgrammePhase.Kind.CALL, "Backwards", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 1))),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Backwards");
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_coordinator_cannot_change_phases_or_criteria() {
        Programme any = programmes.findAll().get(0);
        assertThatThrownBy(() -> programmes.updateStructure(any.getId(), any.getVersion(), List.of(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
