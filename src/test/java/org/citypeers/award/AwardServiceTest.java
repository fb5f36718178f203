package org.citypeers.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.citypeers.IntegrationTest;
import org.citypeers.award.AwardRulesService.RulesData;
import org.citypeers.base.NotFoundException;
import org.citypeers.city.City;
import org.citypeers.city.CityRepository;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeRepository;
import org.citypeers.security.UserAccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Award rules and decisions: who may change them, validation, revoking, and what the public sees. */
class AwardServiceTest extends IntegrationTest {

    @Autowired AwardRulesService rulesService;
    @Autowired AwardService awardService;
    @Autowired AwardRepository awardRepository;
    @Autowired AwardRulesRepository rulesRepository;
    @Autowired ProgrammeRepository programmeRepository;
    @Autowired CityRepository cityRepository;
    @Autowired UserAccountRepository accounts;
    @Autowired TransactionTemplate tx;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    Programme managed;
    Programme foreign;
    City kuldiga;

    static final RulesData PEARLS = new RulesData("Test Pearl", 2027, true, 2, 60, 2, 1, true, Set.of());

    @BeforeEach
    void programmes() {
        Long managerId = accounts.findByEmailIgnoreCase("manager@citypeers.eu").orElseThrow().getId();
        managed = tx.execute(s -> {
            Programme p = new Programme("Award test " + UUID.randomUUID(), "AT-" + UUID.randomUUID().toString().substring(0, 8));
            p.setAwardTitle("Test Pearl");
            p.getManagerIds().add(managerId);
            return programmeRepository.save(p);
        });
        foreign = tx.execute(s -> programmeRepository.save(
                new Programme("Foreign " + UUID.randomUUID(), "FT-" + UUID.randomUUID().toString().substring(0, 8))));
        kuldiga = cityRepository.findFirstByNameIgnoreCaseAndCountry("Kuldīga", "LV").orElseThrow();
    }

    Award storedAward(Programme p, Award.Status status, String citation) {
        AwardRules rules = new AwardRules(p.getId(), "Test Pearl", 2027);
        Candidate c = new Candidate(900_000 + (long) (Math.random() * 100_000), "Kuldīgas plāns", kuldiga.getId(), kuldiga.getName(),
                "LV", false, true, 2, 75.0);
        return awardRepository.saveAndFlush(new Award(p.getId(), c, rules, status, false, citation, "An old town that keeps its residents.",
                1L, "Magdalena Manager", Instant.now()));
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_programme_manager_sets_the_award_rules_of_her_programme_and_a_stale_edit_fails() {
        AwardRules saved = rulesService.save(managed.getId(), null, PEARLS);
        assertThat(saved.fullTitle()).isEqualTo("Test Pearl 2027");
        assertThat(saved.toRuleSet()).isEqualTo(new RuleSet(true, 2, 60, 2, 1, true, Set.of()));

        AwardRules changed = rulesService.save(managed.getId(), saved.getVersion(),
                new RulesData("Test Pearl", 2028, false, 3, 70.5, 0, 0, false, Set.of(kuldiga.getId())));
        assertThat(changed.getYear()).isEqualTo(2028);
        assertThat(changed.getExcludedCityIds()).containsExactly(kuldiga.getId());
        assertThat(rulesService.find(managed.getId()).orElseThrow().getMinScore()).isEqualTo(70.5);

        assertThatThrownBy(() -> rulesService.save(managed.getId(), saved.getVersion(), PEARLS))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void invalid_rules_are_refused_with_a_readable_message() {
        assertThatThrownBy(() -> rulesService.save(managed.getId(), null, new RulesData(" ", 2027, true, 2, 60, 2, 1, true, Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> rulesService.save(managed.getId(), null, new RulesData("T", 2027, true, 2, 101, 2, 1, true, Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
        assertThatThrownBy(() -> rulesService.save(managed.getId(), null, new RulesData("T", 2027, true, -1, 60, 2, 1, true, Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviews");
        assertThatThrownBy(() -> rulesService.save(managed.getId(), null, new RulesData("T", 1999, true, 2, 60, 2, 1, true, Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
        assertThat(rulesService.find(managed.getId())).isEmpty();
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_manager_cannot_touch_the_rules_or_decisions_of_a_programme_she_does_not_manage() {
        assertThatThrownBy(() -> rulesService.save(foreign.getId(), null, PEARLS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awardService.board(foreign.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awardService.award(foreign.getId(), 1L, "Well done", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awardService.decline(foreign.getId(), 1L, "No")).isInstanceOf(AccessDeniedException.class);
        Award a = storedAward(foreign, Award.Status.AWARDED, "Foreign award");
        assertThatThrownBy(() -> awardService.revoke(a.getId(), a.getVersion(), "Because")).isInstanceOf(AccessDeniedException.class);
        assertThat(awardRepository.findById(a.getId()).orElseThrow().getStatus()).isEqualTo(Award.Status.AWARDED);
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_city_coordinator_can_neither_set_rules_nor_decide_nor_revoke() {
        assertThatThrownBy(() -> rulesService.save(managed.getId(), null, PEARLS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awardService.board(managed.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awardService.award(managed.getId(), 1L, "Well done", false)).isInstanceOf(AccessDeniedException.class);
        Award a = storedAward(managed, Award.Status.AWARDED, "Standing award");
        assertThatThrownBy(() -> awardService.revoke(a.getId(), a.getVersion(), "Because")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("expert@citypeers.eu")
    void an_expert_can_neither_set_rules_nor_decide_nor_revoke() {
        assertThatThrownBy(() -> rulesService.save(managed.getId(), null, PEARLS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awardService.award(managed.getId(), 1L, "Well done", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awardService.decline(managed.getId(), 1L, "No")).isInstanceOf(AccessDeniedException.class);
        Award a = storedAward(managed, Award.Status.AWARDED, "Standing award");
        assertThatThrownBy(() -> awardService.revoke(a.getId(), a.getVersion(), "Because")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_sees_awards_but_cannot_decide() {
        assertThatThrownBy(() -> rulesService.save(managed.getId(), null, PEARLS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awardService.award(managed.getId(), 1L, "Well done", false)).isInstanceOf(AccessDeniedException.class);
        Award a = storedAward(managed, Award.Status.AWARDED, "Standing award");
        assertThat(awardService.publicAward(a.getId()).getCityName()).isEqualTo("Kuldīga");
        assertThat(awardService.publicAwards()).extracting(Award::getId).contains(a.getId());
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void revoking_keeps_who_when_and_why_and_hides_the_award_from_the_public() {
        Award standing = storedAward(managed, Award.Status.AWARDED, "Keeps its residents");
        Award revoked = storedAward(managed, Award.Status.AWARDED, "To be revoked");
        assertThatThrownBy(() -> awardService.revoke(revoked.getId(), revoked.getVersion(), " "))
                .isInstanceOf(IllegalArgumentException.class);

        Award after = awardService.revoke(revoked.getId(), revoked.getVersion(), "The plan was withdrawn.");
        assertThat(after.getStatus()).isEqualTo(Award.Status.REVOKED);
        assertThat(after.getRevokedByName()).isEqualTo("Magdalena Manager");
        assertThat(after.getRevokedAt()).isNotNull();
        assertThat(after.getRevokeReason()).isEqualTo("The plan was withdrawn.");

        assertThat(awardService.publicAwards()).extracting(Award::getId).contains(standing.getId()).doesNotContain(revoked.getId());

        // the city's coordinators are told, with the reason
        City taurage = cityRepository.findFirstByNameIgnoreCaseAndCountry("Tauragė", "LT").orElseThrow();
        Award ofTaurage = AwardTestData.store(awardRepository, managed.getId(), taurage, 777_001, Award.Status.AWARDED, "Citation", null);
        awardService.revoke(ofTaurage.getId(), ofTaurage.getVersion(), "Reason " + ofTaurage.getId());
        Long coordinator = accounts.findByEmailIgnoreCase("coordinator@citypeers.eu").orElseThrow().getId();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and type = 'DECISION' "
                + "and message_key = 'award.notify.revoked' and message_args like ?", Long.class, coordinator,
                "%Reason " + ofTaurage.getId() + "%")).isEqualTo(1L);
        assertThat(awardService.awardeesOf(managed.getId())).extracting(Award::getId).containsExactly(standing.getId());
        assertThatThrownBy(() -> awardService.publicAward(revoked.getId())).isInstanceOf(NotFoundException.class);
        // a second revoke with the old version is a conflict, not a silent overwrite
        assertThatThrownBy(() -> awardService.revoke(revoked.getId(), revoked.getVersion(), "Again"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("admin@citypeers.eu")
    void an_admin_may_set_rules_for_any_programme() {
        AwardRules saved = rulesService.save(foreign.getId(), null, PEARLS);
        assertThat(saved.getProgrammeId()).isEqualTo(foreign.getId());
        AwardService.Board board = awardService.board(foreign.getId());
        assertThat(board.rules()).isNotNull();
    }

    @Test
    void the_demo_rules_of_bsr_cultural_pearls_are_seeded() {
        Programme pearls = programmeRepository.findByShortNameIgnoreCase("BSR Cultural Pearls").orElseThrow();
        AwardRules r = rulesRepository.findByProgrammeId(pearls.getId()).orElseThrow();
        assertThat(r.fullTitle()).isEqualTo("BSR Cultural Pearl 2027");
        assertThat(r.toRuleSet()).isEqualTo(new RuleSet(true, 2, 60, 2, 1, true, Set.of()));
    }
}
