package org.citypeers.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.citypeers.base.Languages;
import org.citypeers.base.NotFoundException;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.hibernate.Hibernate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads programmes (public) and lets admins and the programme's own managers change them. */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final CurrentUser currentUser;

    public ProgrammeService(ProgrammeRepository programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    /** Everything a programme form edits. */
    public record ProgrammeData(String name, String shortName, String funder, String description, LocalDate startDate,
                                LocalDate endDate, List<String> workingLanguages, String awardTitle) {}

    /** A dated phase as the form edits it. */
    public record PhaseData(ProgrammePhase.Kind kind, String name, LocalDate startsOn, LocalDate endsOn) {}

    /** An award criterion as the form edits it; weights are percentages and add up to 100. */
    public record CriterionData(String name, String description, int weight) {}

    /** All programmes, newest first. Public. */
    public List<Programme> findAll() {
        return programmes.findAllByOrderByStartDateDescNameAsc();
    }

    /** A programme with its phases and criteria loaded. Public. */
    public Programme get(Long id) {
        Programme p = programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
        Hibernate.initialize(p.getPhases());
        Hibernate.initialize(p.getCriteria());
        return p;
    }

    /** The programmes the signed-in manager runs (all of them for an admin). */
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public List<Programme> findManagedByMe() {
        UserAccount me = currentUser.require();
        return me.hasRole(Roles.ADMIN) ? findAll() : programmes.findManagedBy(me.getId());
    }

    /** Whether the signed-in person may change this programme. */
    public boolean canManage(Long programmeId) {
        return currentUser.get().map(me -> me.hasRole(Roles.ADMIN)
                || (me.hasRole(Roles.PROGRAMME_MANAGER) && programmes.findById(programmeId)
                        .map(p -> p.getManagerIds().contains(me.getId())).orElse(false))).orElse(false);
    }

    /** Throws unless the signed-in person is an admin or a manager of this programme. */
    public void checkCanManage(Long programmeId) {
        if (!canManage(programmeId)) {
            throw new AccessDeniedException("Only the programme's managers may do this.");
        }
    }

    /** Creates a programme; a manager who creates one becomes its manager. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public Programme create(ProgrammeData data) {
        validate(data);
        Programme p = new Programme(data.name().trim(), data.shortName().trim());
        apply(p, data);
        UserAccount me = currentUser.require();
        if (me.hasRole(Roles.PROGRAMME_MANAGER)) {
            p.getManagerIds().add(me.getId());
        }
        return programmes.save(p);
    }

    /** Changes a programme; fails on a concurrent change (the version the editor saw is stale). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public Programme update(Long id, long expectedVersion, ProgrammeData data) {
        checkCanManage(id);
        Programme p = programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
        if (p.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Programme.class, id);
        }
        validate(data);
        p.setName(data.name().trim());
        p.setShortName(data.shortName().trim());
        apply(p, data);
        return programmes.save(p);
    }

    /**
     * Replaces the phases and award criteria of a programme. Criteria are changed in place by position, so
     * scores already given keep their criterion; weights must add up to 100 (or there are no criteria).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public Programme updateStructure(Long id, long expectedVersion, List<PhaseData> phases, List<CriterionData> criteria) {
        checkCanManage(id);
        Programme p = programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
        if (p.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Programme.class, id);
        }
        for (PhaseData ph : phases) {
            require(ph.kind() != null && ph.name() != null && !ph.name().isBlank() && ph.name().length() <= 120,
                    "Every phase needs a type and a name (at most 120 characters).");
            require(ph.startsOn() == null || ph.endsOn() == null || !ph.endsOn().isBefore(ph.startsOn()),
                    "The phase \"" + ph.name() + "\" cannot end before it starts.");
        }
        int total = 0;
        for (CriterionData c : criteria) {
            require(c.name() != null && !c.name().isBlank() && c.name().length() <= 200,
                    "Every criterion needs a name (at most 200 characters).");
            require(c.description() == null || c.description().length() <= 2000, "A criterion description is too long.");
            require(c.weight() >= 1 && c.weight() <= 100, "Each weight must be between 1 and 100 %.");
            total += c.weight();
        }
        require(criteria.isEmpty() || total == 100, "The weights of the criteria must add up to 100 % (now " + total + " %).");
        p.getPhases().clear();
        phases.forEach(ph -> p.addPhase(new ProgrammePhase(ph.kind(), ph.name().trim(), ph.startsOn(), ph.endsOn())));
        List<AwardCriterion> existing = p.getCriteria();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionData c = criteria.get(i);
            if (i < existing.size()) {
                existing.get(i).change(c.name().trim(), c.description(), c.weight());
            } else {
                p.addCriterion(new AwardCriterion(c.name().trim(), c.description(), c.weight()));
            }
        }
        while (existing.size() > criteria.size()) {
            existing.remove(existing.size() - 1);
        }
        Programme saved = programmes.saveAndFlush(p);
        Hibernate.initialize(saved.getPhases());
        Hibernate.initialize(saved.getCriteria());
        return saved;
    }

    /** Sets who manages a programme. Admins only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setManagers(Long id, Set<Long> managerIds) {
        Programme p = programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
        p.getManagerIds().clear();
        p.getManagerIds().addAll(managerIds);
    }

    private static void apply(Programme p, ProgrammeData d) {
        p.setFunder(blankToNull(d.funder()));
        p.setDescription(blankToNull(d.description()));
        p.setStartDate(d.startDate());
        p.setEndDate(d.endDate());
        p.setWorkingLanguages(d.workingLanguages() == null ? List.of() : d.workingLanguages());
        p.setAwardTitle(blankToNull(d.awardTitle()));
    }

    static void validate(ProgrammeData d) {
        require(d.name() != null && !d.name().isBlank() && d.name().length() <= Programme.NAME_MAX,
                "The name is required (at most " + Programme.NAME_MAX + " characters).");
        require(d.shortName() != null && !d.shortName().isBlank() && d.shortName().length() <= Programme.SHORT_NAME_MAX,
                "The short name is required (at most " + Programme.SHORT_NAME_MAX + " characters).");
        require(d.funder() == null || d.funder().length() <= Programme.FUNDER_MAX, "The funder name is too long.");
        require(d.description() == null || d.description().length() <= Programme.DESCRIPTION_MAX, "The description is too long.");
        require(d.awardTitle() == null || d.awardTitle().length() <= Programme.AWARD_TITLE_MAX, "The award title is too long.");
        require(d.startDate() == null || d.endDate() == null || !d.endDate().isBefore(d.startDate()),
                "The programme cannot end before it starts.");
        require(d.workingLanguages() == null || Languages.CONTENT.containsAll(d.workingLanguages()) || d.workingLanguages().stream().allMatch(l -> l.matches("[a-z]{2}")),
                "Working languages must be two-letter language codes.");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
