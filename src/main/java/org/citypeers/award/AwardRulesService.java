package org.citypeers.award;

import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.citypeers.base.NotFoundException;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The award rules of each programme: read by anyone, changed by the programme's managers (and admins). */
@Service
@Transactional(readOnly = true)
public class AwardRulesService {

    private final AwardRulesRepository rules;
    private final ProgrammeService programmes;

    public AwardRulesService(AwardRulesRepository rules, ProgrammeService programmes) {
        this.rules = rules;
        this.programmes = programmes;
    }

    /** Everything the rules form edits. */
    public record RulesData(String title, int year, boolean requireCompleteSections, int minReviews, double minScore,
                            int maxPerCountry, int juryPlaces, boolean excludeCapitals, Set<Long> excludedCityIds) {}

    /** The programme's rules, if its managers have set them. */
    public Optional<AwardRules> find(Long programmeId) {
        return rules.findByProgrammeId(programmeId);
    }

    /** What a new rules form starts with: the programme's award title, this year, and common limits. */
    public RulesData defaultsFor(Long programmeId) {
        Programme p = programmes.get(programmeId);
        String title = p.getAwardTitle() != null ? p.getAwardTitle() : p.getShortName();
        return new RulesData(title, Year.now().getValue(), true, 2, 60, 2, 1, false, Set.of());
    }

    /**
     * Creates or changes the programme's rules. {@code expectedVersion} is null when creating; otherwise a
     * concurrent change by another manager fails instead of being overwritten.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PROGRAMME_MANAGER')")
    public AwardRules save(Long programmeId, Long expectedVersion, RulesData data) {
        programmes.checkCanManage(programmeId);
        validate(data);
        AwardRules r = rules.findByProgrammeId(programmeId).orElse(null);
        if (r == null) {
            if (expectedVersion != null) {
                throw new NotFoundException("Award rules of programme", programmeId);
            }
            r = new AwardRules(programmeId, data.title().trim(), data.year());
        } else if (expectedVersion == null || r.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AwardRules.class, r.getId());
        }
        r.setTitle(data.title().trim());
        r.setYear(data.year());
        r.setRequireCompleteSections(data.requireCompleteSections());
        r.setMinReviews(data.minReviews());
        r.setMinScore(data.minScore());
        r.setMaxPerCountry(data.maxPerCountry());
        r.setJuryPlaces(data.juryPlaces());
        r.setExcludeCapitals(data.excludeCapitals());
        r.setExcludedCityIds(data.excludedCityIds() == null ? Set.of() : data.excludedCityIds());
        return rules.saveAndFlush(r);
    }

    static void validate(RulesData d) {
        require(d.title() != null && !d.title().isBlank() && d.title().trim().length() <= AwardRules.TITLE_MAX,
                "The award title is required (at most " + AwardRules.TITLE_MAX + " characters).");
        require(d.year() >= AwardRules.MIN_YEAR && d.year() <= AwardRules.MAX_YEAR,
                "The year must be between " + AwardRules.MIN_YEAR + " and " + AwardRules.MAX_YEAR + ".");
        require(d.minReviews() >= 0 && d.minReviews() <= AwardRules.MAX_REVIEWS,
                "The number of reviews must be between 0 and " + AwardRules.MAX_REVIEWS + ".");
        require(!Double.isNaN(d.minScore()) && d.minScore() >= 0 && d.minScore() <= 100,
                "The minimum score must be between 0 and 100.");
        require(d.maxPerCountry() >= 0 && d.maxPerCountry() <= AwardRules.MAX_PER_COUNTRY,
                "The awardees per country must be between 0 (no limit) and " + AwardRules.MAX_PER_COUNTRY + ".");
        require(d.juryPlaces() >= 0 && d.juryPlaces() <= AwardRules.MAX_JURY_PLACES,
                "The jury places must be between 0 and " + AwardRules.MAX_JURY_PLACES + ".");
        require(d.excludedCityIds() == null || d.excludedCityIds().size() <= 100, "At most 100 cities can be excluded.");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
