package org.citypeers.award;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.citypeers.base.NotFoundException;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards: the ranking of a programme's plans against its rules, the manager's decisions (award with a
 * citation, decline, revoke with a reason) and the public list of awarded cities. Only the programme's
 * managers and admins see the ranking or decide; everyone sees awards that stand.
 */
@Service
@Transactional(readOnly = true)
public class AwardService {

    private final AwardRepository awards;
    private final AwardRulesService rules;
    private final ProgrammeService programmes;
    private final ObjectProvider<AwardCandidateSource> candidates;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    public AwardService(AwardRepository awards, AwardRulesService rules, ProgrammeService programmes,
                        ObjectProvider<AwardCandidateSource> candidates, CurrentUser currentUser,
                        ApplicationEventPublisher events) {
        this.awards = awards;
        this.rules = rules;
        this.programmes = programmes;
        this.candidates = candidates;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** A programme's decision board: its rules (null until set), every submitted plan assessed, and all decisions. */
    public record Board(Programme programme, AwardRules rules, List<Assessment> assessments, List<Award> decisions) {
        public long decidableCount() {
            return assessments.stream().filter(Assessment::decidable).count();
        }
    }

    /** The ranking and decisions of a programme. Its managers and admins only. */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public Board board(Long programmeId) {
        programmes.checkCanManage(programmeId);
        Programme programme = programmes.get(programmeId);
        AwardRules r = rules.find(programmeId).orElse(null);
        List<Award> history = awards.findByProgrammeIdOrderByDecidedAtDesc(programmeId);
        if (r == null) {
            return new Board(programme, null, List.of(), history);
        }
        return new Board(programme, r, assess(programmeId, r), history);
    }

    private List<Assessment> assess(Long programmeId, AwardRules r) {
        AwardCandidateSource source = candidates.getIfAvailable();
        List<Candidate> plans = source == null ? List.of() : source.candidates(programmeId);
        List<Decision> decisions = awards.findByProgrammeIdAndStatusNot(programmeId, Award.Status.REVOKED).stream()
                .map(Award::toDecision).filter(Objects::nonNull).toList();
        return EligibilityEngine.assess(r.toRuleSet(), plans, decisions);
    }

    /**
     * Awards the programme's title to a plan with a citation. The plan must meet the rules now; a plan
     * over its country's limit is awarded only when {@code useJuryPlace} says so and a jury place is left.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public Award award(Long programmeId, Long planId, String citation, boolean useJuryPlace) {
        programmes.checkCanManage(programmeId);
        String text = requireText(citation, Award.CITATION_MAX, "Write a citation (at most " + Award.CITATION_MAX + " characters).");
        AwardRules r = rules.find(programmeId)
                .orElseThrow(() -> new IllegalArgumentException("Set the programme's award rules first."));
        Assessment a = assessmentOf(programmeId, r, planId);
        switch (a.standing()) {
            case AWARDABLE -> {
                if (useJuryPlace) {
                    throw new IllegalArgumentException("This plan is within its country's limit; it needs no jury place.");
                }
            }
            case NEEDS_JURY_PLACE -> {
                if (!useJuryPlace) {
                    throw new IllegalArgumentException("The country already has its awardees: only a jury place can award this plan.");
                }
            }
            case OVER_COUNTRY_LIMIT -> throw new IllegalArgumentException("The country already has its awardees and no jury place is left.");
            case NOT_ELIGIBLE -> throw new IllegalArgumentException("This plan does not meet the award rules.");
            default -> throw new IllegalArgumentException("This plan has already been decided on.");
        }
        AwardCandidateSource source = candidates.getIfAvailable();
        String summary = source == null ? null : source.summary(planId).orElse(null);
        return record(programmeId, a.candidate(), r, Award.Status.AWARDED, useJuryPlace, text, summary);
    }

    /** Records that a plan is not awarded (with a note), which frees its country place for the next plan. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public Award decline(Long programmeId, Long planId, String note) {
        programmes.checkCanManage(programmeId);
        String text = requireText(note, Award.CITATION_MAX, "Say why the plan is not awarded (at most " + Award.CITATION_MAX + " characters).");
        AwardRules r = rules.find(programmeId)
                .orElseThrow(() -> new IllegalArgumentException("Set the programme's award rules first."));
        Assessment a = assessmentOf(programmeId, r, planId);
        if (a.standing() == Assessment.Standing.AWARDED || a.standing() == Assessment.Standing.AWARDED_WITH_JURY_PLACE
                || a.standing() == Assessment.Standing.DECLINED) {
            throw new IllegalArgumentException("This plan has already been decided on.");
        }
        return record(programmeId, a.candidate(), r, Award.Status.DECLINED, false, text, null);
    }

    /** Revokes an award (or reopens a declined plan) with a reason; the row stays, marked with who, when and why. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public Award revoke(Long awardId, long expectedVersion, String reason) {
        Award award = awards.findById(awardId).orElseThrow(() -> new NotFoundException("Award", awardId));
        programmes.checkCanManage(award.getProgrammeId());
        if (award.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Award.class, awardId);
        }
        if (award.getStatus() == Award.Status.REVOKED) {
            throw new IllegalArgumentException("This award has already been revoked.");
        }
        String text = requireText(reason, Award.REASON_MAX, "Give a reason (at most " + Award.REASON_MAX + " characters).");
        UserAccount me = currentUser.require();
        award.revoke(me.getId(), me.getName(), Instant.now(), text);
        Award saved = awards.saveAndFlush(award);
        events.publishEvent(new AwardDecided(saved.getId(), saved.getProgrammeId(), saved.getPlanId(), saved.getCityId(), Award.Status.REVOKED));
        return saved;
    }

    private Assessment assessmentOf(Long programmeId, AwardRules r, Long planId) {
        return assess(programmeId, r).stream().filter(x -> x.candidate().planId() == planId).findFirst()
                .orElseThrow(() -> new NotFoundException("Submitted plan of this programme", planId));
    }

    private Award record(Long programmeId, Candidate c, AwardRules r, Award.Status status, boolean jury, String text, String summary) {
        UserAccount me = currentUser.require();
        Award saved = awards.saveAndFlush(new Award(programmeId, c, r, status, jury, text, summary, me.getId(), me.getName(), Instant.now()));
        events.publishEvent(new AwardDecided(saved.getId(), programmeId, c.planId(), c.cityId(), status));
        return saved;
    }

    /** Every award that stands, newest year first. Public. */
    public List<Award> publicAwards() {
        return awards.findByStatusOrderByYearDescCityNameAsc(Award.Status.AWARDED);
    }

    /** One award that stands. Public; a revoked or declined decision is "not found" for the public. */
    public Award publicAward(Long id) {
        return awards.findById(id).filter(Award::isAwarded).orElseThrow(() -> new NotFoundException("Award", id));
    }

    /** The awards a city holds. Public. */
    public List<Award> awardsOfCity(Long cityId) {
        return awards.findByCityIdAndStatusOrderByYearDesc(cityId, Award.Status.AWARDED);
    }

    /** The cities a programme has awarded. Public. */
    public List<Award> awardeesOf(Long programmeId) {
        return awards.findByProgrammeIdAndStatusOrderByCityNameAsc(programmeId, Award.Status.AWARDED);
    }

    /** Whether the signed-in person may decide on this programme's awards (to show or hide buttons). */
    public boolean canDecide(Long programmeId) {
        return programmes.canManage(programmeId);
    }

    /** For the home page: per programme this manager runs, how many plans wait for a decision. */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public List<Board> boardsOfMyProgrammes() {
        UserAccount me = currentUser.require();
        List<Programme> mine = programmes.findManagedByMe();
        if (me.hasRole(Roles.ADMIN) && !me.hasRole(Roles.PROGRAMME_MANAGER)) {
            mine = mine.stream().filter(p -> rules.find(p.getId()).isPresent()).toList();
        }
        return mine.stream().map(p -> board(p.getId())).filter(b -> b.rules() != null).toList();
    }

    private static String requireText(String s, int max, String message) {
        if (s == null || s.isBlank() || s.trim().length() > max) {
            throw new IllegalArgumentException(message);
        }
        return s.trim();
    }
}
