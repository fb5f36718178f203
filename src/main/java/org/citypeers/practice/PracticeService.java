package org.citypeers.practice;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.citypeers.base.NotFoundException;
import org.citypeers.base.text.LanguageDetector;
import org.citypeers.city.City;
import org.citypeers.city.CityRepository;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeRepository;
import org.citypeers.security.Roles;
import org.citypeers.security.UserAccount;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good-practice library: reading (published practices are public, the rest only for those
 * involved), writing (coordinators for their own city, admins for all) and the lifecycle
 * DRAFT -> SUBMITTED -> VALIDATED -> PUBLISHED, or RETURNED / REJECTED with a reason. Every change is
 * kept as a {@link PracticeVersion} and announced as a {@link PracticeChanged} event.
 */
@Service
@Transactional(readOnly = true)
public class PracticeService {

    private static final int INDEX_BATCH = 500;

    private final GoodPracticeRepository practices;
    private final PracticeVersionRepository versions;
    private final CityRepository cities;
    private final ProgrammeRepository programmes;
    private final ThemeService themes;
    private final LanguageDetector detector;
    private final PracticePermissions permissions;
    private final PracticeHistory history;
    private final ApplicationEventPublisher events;
    private final EntityManager em;

    PracticeService(GoodPracticeRepository practices, PracticeVersionRepository versions, CityRepository cities,
                    ProgrammeRepository programmes, ThemeService themes, LanguageDetector detector,
                    PracticePermissions permissions, PracticeHistory history, ApplicationEventPublisher events,
                    EntityManager em) {
        this.practices = practices;
        this.versions = versions;
        this.cities = cities;
        this.programmes = programmes;
        this.themes = themes;
        this.detector = detector;
        this.permissions = permissions;
        this.history = history;
        this.events = events;
        this.em = em;
    }

    // ---------------------------------------------------------------- index-facing API (stable, no permission check)

    /**
     * The practice as the index needs it, in any status (the caller must expose only
     * {@link PracticeSnapshot#published()} ones to the public). Empty when it does not exist (any more).
     * For system use (indexing); it does not check the caller's permissions.
     */
    public Optional<PracticeSnapshot> findForIndex(long id) {
        return practices.findWithOwner(id).map(p -> {
            Hibernate.initialize(p.getAdaptations());
            return PracticeSnapshot.of(p);
        });
    }

    /**
     * Feeds every practice (all statuses, in id order) to {@code sink}, read in batches so that a large
     * library never sits in memory at once. For system use (index rebuild); no permission check.
     */
    public void streamAllForIndex(Consumer<PracticeSnapshot> sink) {
        long after = 0;
        while (true) {
            List<GoodPractice> batch = practices.findBatchAfter(after, PageRequest.of(0, INDEX_BATCH));
            if (batch.isEmpty()) {
                return;
            }
            for (GoodPractice p : batch) {
                Hibernate.initialize(p.getAdaptations());
                sink.accept(PracticeSnapshot.of(p));
                after = p.getId();
            }
            em.clear();
        }
    }

    /** A published practice as the exporter writes it: the index snapshot and every edited field. */
    record Exported(PracticeSnapshot snapshot, PracticeData data) {}

    /** Like {@link #findPublished} but with every field a person edits, for the export. Public content only. */
    @Transactional(readOnly = true)
    List<Exported> findPublishedForExport(Collection<Long> ids) {
        return published(ids, p -> new Exported(PracticeSnapshot.of(p), PracticeData.of(p)));
    }

    /** Snapshots of the published practices among {@code ids}, in the order of {@code ids}. Public. */
    public List<PracticeSnapshot> findPublished(Collection<Long> ids) {
        return published(ids, PracticeSnapshot::of);
    }

    private <T> List<T> published(Collection<Long> ids, java.util.function.Function<GoodPractice, T> copy) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> byId = new LinkedHashMap<>();
        for (GoodPractice p : practices.findWithOwnerByIdIn(ids)) {
            if (p.getStatus() == PracticeStatus.PUBLISHED) {
                Hibernate.initialize(p.getAdaptations());
                byId.put(p.getId(), copy.apply(p));
            }
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).distinct().toList();
    }

    /** The published practice with this external id (the import key), if there is one. Public. */
    @Transactional(readOnly = true)
    public Optional<PracticeSnapshot> findPublishedByExternalId(String externalId) {
        return practices.findByExternalId(externalId).flatMap(p -> findPublished(List.of(p.getId())).stream().findFirst());
    }

    /** Ids of all published practices (for exports of the whole library). */
    public List<Long> publishedIds() {
        return practices.findIdsByStatus(PracticeStatus.PUBLISHED);
    }

    // ---------------------------------------------------------------- reading

    /**
     * A practice with its owner, programme and adaptations loaded. Throws {@link NotFoundException}
     * when it does not exist or the caller may not see it (unpublished, not theirs).
     */
    public GoodPractice get(long id) {
        GoodPractice p = practices.findWithOwner(id).filter(permissions::canView)
                .orElseThrow(() -> new NotFoundException("Practice", id));
        Hibernate.initialize(p.getAdaptations());
        p.getAdaptations().forEach(a -> Hibernate.initialize(a.getCity()));
        return p;
    }

    /** What the signed-in person may do with the practice now. */
    public PracticeActions actions(long id) {
        return permissions.actions(get(id));
    }

    /** The practice's history, newest first. */
    public List<PracticeVersion> history(long id) {
        get(id);
        return versions.findByPracticeIdOrderByNumberDesc(id);
    }

    /** The practices of the signed-in coordinator's city (all statuses), most recently changed first. */
    @PreAuthorize("isAuthenticated()")
    public List<GoodPractice> findMine() {
        return permissions.me().map(UserAccount::getOrganisationId).map(practices::findByCity).orElse(List.of());
    }

    /** Practices waiting for an expert (SUBMITTED) or for publication (VALIDATED), oldest first. */
    @PreAuthorize("hasAnyRole('EXPERT','ADMIN','PROGRAMME_MANAGER')")
    public List<GoodPractice> validationQueue() {
        return practices.findByStatusInOrderByUpdatedAtAsc(EnumSet.of(PracticeStatus.SUBMITTED, PracticeStatus.VALIDATED));
    }

    /** How many practices wait for validation (SUBMITTED). */
    public long countAwaitingValidation() {
        return practices.countByStatus(PracticeStatus.SUBMITTED);
    }

    /** How many drafts and returned practices the signed-in coordinator's city has. */
    public long countMineNeedingWork() {
        return permissions.me().map(UserAccount::getOrganisationId)
                .map(c -> practices.countByCityAndStatusIn(c, EnumSet.of(PracticeStatus.DRAFT, PracticeStatus.RETURNED)))
                .orElse(0L);
    }

    /** Whether the signed-in person may create practices (coordinators of a city, admins). */
    public boolean canCreate() {
        return permissions.me().map(u -> u.hasRole(Roles.ADMIN)
                || (u.hasRole(Roles.CITY_COORDINATOR) && u.getOrganisationId() != null)).orElse(false);
    }

    // ---------------------------------------------------------------- writing

    /** Creates a draft. A coordinator's practice always belongs to their own city. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CITY_COORDINATOR')")
    public GoodPractice create(PracticeData data) {
        UserAccount me = permissions.me().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        if (!me.hasRole(Roles.ADMIN)) {
            if (me.getOrganisationId() == null) {
                throw new AccessDeniedException("Only coordinators of a city may create practices.");
            }
            if (data.cityId() != null && !data.cityId().equals(me.getOrganisationId())) {
                throw new AccessDeniedException("Coordinators create practices of their own city only.");
            }
            data = withCity(data, me.getOrganisationId());
        }
        GoodPractice p = new GoodPractice("", "", "", "", "en");
        apply(p, data, true);
        p.setCreatedBy(me.getId());
        practices.save(p);
        history.record(p, PracticeVersion.Action.CREATED, null, null, PracticeHistory.Actor.of(me));
        return changed(p);
    }

    /** Changes the content; the city's coordinators while it is a draft or returned, admins always. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CITY_COORDINATOR')")
    public GoodPractice update(long id, long expectedVersion, PracticeData data) {
        GoodPractice p = load(id, expectedVersion);
        if (!permissions.canEdit(p)) {
            throw new AccessDeniedException("Only the city's coordinators may edit this practice while it is a draft or returned.");
        }
        UserAccount me = permissions.me().orElseThrow();
        if (!me.hasRole(Roles.ADMIN)) {
            if (data.cityId() != null && !data.cityId().equals(me.getOrganisationId())) {
                throw new AccessDeniedException("A practice stays with its own city.");
            }
            data = withCity(data, me.getOrganisationId());
        }
        apply(p, data, false);
        p.touch();
        history.record(p, PracticeVersion.Action.EDITED, null, null, PracticeHistory.Actor.of(me));
        return changed(p);
    }

    /** Sends a draft (or a returned practice) to the experts. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CITY_COORDINATOR')")
    public GoodPractice submit(long id, long expectedVersion) {
        GoodPractice p = load(id, expectedVersion);
        require(permissions.canSubmit(p), "Only the city's coordinators may submit a draft or returned practice.");
        return transition(p, PracticeStatus.SUBMITTED, PracticeVersion.Action.SUBMITTED, null);
    }

    /** An expert confirms a submitted practice is sound. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','EXPERT')")
    public GoodPractice validate(long id, long expectedVersion) {
        GoodPractice p = load(id, expectedVersion);
        require(permissions.canValidate(p), "Only experts may validate, and only a submitted practice.");
        return transition(p, PracticeStatus.VALIDATED, PracticeVersion.Action.VALIDATED, null);
    }

    /** Makes a validated practice public (experts, programme managers of its programme, admins). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','EXPERT','PROGRAMME_MANAGER')")
    public GoodPractice publish(long id, long expectedVersion) {
        GoodPractice p = load(id, expectedVersion);
        require(permissions.canPublish(p), "Only a validated practice can be published, by an expert, its programme's manager or an admin.");
        return transition(p, PracticeStatus.PUBLISHED, PracticeVersion.Action.PUBLISHED, null);
    }

    /** Sends the practice back to its city for changes, with the reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','EXPERT')")
    public GoodPractice sendBack(long id, long expectedVersion, String reason) {
        GoodPractice p = load(id, expectedVersion);
        require(permissions.canSendBackOrReject(p), "Only experts may send back a submitted or validated practice.");
        return transition(p, PracticeStatus.RETURNED, PracticeVersion.Action.RETURNED, requireReason(reason));
    }

    /** Rejects the practice for good, with the reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','EXPERT')")
    public GoodPractice reject(long id, long expectedVersion, String reason) {
        GoodPractice p = load(id, expectedVersion);
        require(permissions.canSendBackOrReject(p), "Only experts may reject a submitted or validated practice.");
        return transition(p, PracticeStatus.REJECTED, PracticeVersion.Action.REJECTED, requireReason(reason));
    }

    /** Deletes a practice (admins; a city's coordinators their own drafts) with its history and attachments' metadata. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CITY_COORDINATOR')")
    public void delete(long id) {
        GoodPractice p = practices.findWithOwner(id).filter(permissions::canView)
                .orElseThrow(() -> new NotFoundException("Practice", id));
        if (!permissions.canDelete(p)) {
            throw new AccessDeniedException("Only admins, or the city's coordinators for a draft, may delete a practice.");
        }
        practices.delete(p);
        events.publishEvent(new PracticeDeleted(id));
    }

    // ---------------------------------------------------------------- for the importer (same package)

    /** What an import did with one entry. */
    enum ImportOutcome { CREATED, UPDATED, UNCHANGED }

    /**
     * Creates or updates the practice with this external id, as the importer (the caller checks the
     * permission). An entry whose content and status equal the stored ones changes nothing.
     */
    @Transactional
    ImportOutcome upsertImported(String externalId, PracticeData data, PracticeStatus status, PracticeHistory.Actor actor) {
        GoodPractice p = practices.findByExternalId(externalId).orElse(null);
        boolean isNew = p == null;
        String before = null;
        if (isNew) {
            p = new GoodPractice("", "", "", "", "en");
            p.setExternalId(externalId);
            p.setCreatedBy(actor.id());
        } else {
            Hibernate.initialize(p.getAdaptations());
            before = history.snapshotOf(p);
        }
        PracticeStatus from = isNew ? null : p.getStatus();
        apply(p, data, isNew);
        if (!isNew && from == status && before.equals(history.snapshotOf(p))) {
            return ImportOutcome.UNCHANGED;
        }
        if (isNew || from != status) {
            p.changeStatus(status, null);
        } else {
            p.touch();
        }
        practices.save(p);
        history.record(p, PracticeVersion.Action.IMPORTED, from, null, actor);
        changed(p);
        return isNew ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
    }

    /** The number of practices in the library, in any status (system use: demo loader, health). */
    public long count() {
        return practices.count();
    }

    void announce(long practiceId) {
        events.publishEvent(new PracticeChanged(practiceId));
    }

    // ---------------------------------------------------------------- internals

    private GoodPractice transition(GoodPractice p, PracticeStatus to, PracticeVersion.Action action, String reason) {
        PracticeStatus from = p.getStatus();
        p.changeStatus(to, reason);
        history.record(p, action, from, reason, PracticeHistory.Actor.of(permissions.me().orElseThrow()));
        return changed(p);
    }

    private GoodPractice changed(GoodPractice p) {
        GoodPractice saved = practices.saveAndFlush(p);
        events.publishEvent(new PracticeChanged(saved.getId()));
        return saved;
    }

    private GoodPractice load(long id, long expectedVersion) {
        GoodPractice p = practices.findWithOwner(id).filter(permissions::canView)
                .orElseThrow(() -> new NotFoundException("Practice", id));
        if (p.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(GoodPractice.class, id);
        }
        return p;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new AccessDeniedException(message);
        }
    }

    private static String requireReason(String reason) {
        String r = PlainText.of(reason);
        if (r == null) {
            throw new IllegalArgumentException("Please give a reason, so that the city knows what to change.");
        }
        if (r.length() > GoodPractice.REASON_MAX) {
            throw new IllegalArgumentException("The reason is longer than " + GoodPractice.REASON_MAX + " characters.");
        }
        return r;
    }

    private static PracticeData withCity(PracticeData d, Long cityId) {
        return new PracticeData(d.title(), d.summary(), d.description(), cityId, d.cityName(), d.country(), d.population(),
                d.programmeId(), d.programmeName(), d.language(), d.themes(), d.tags(), d.targetGroups(), d.stakeholders(),
                d.budgetRange(), d.staff(), d.results(), d.transferability(), d.contact(), d.links(), d.year(), d.url(),
                d.adaptations());
    }

    /** Checks and copies the data onto the practice (all texts as plain text). */
    private void apply(GoodPractice p, PracticeData raw, boolean isNew) {
        PracticeData d = PracticeSanitizer.clean(raw);
        List<String> problems = PracticeValidation.problems(d);
        List<String> unknownThemes = d.themes() == null ? List.of() : d.themes().stream().filter(t -> !themes.exists(t)).toList();
        if (!unknownThemes.isEmpty()) {
            problems = new ArrayList<>(problems);
            problems.add("themes: unknown theme codes " + unknownThemes);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        p.setTitle(d.title());
        p.setSummary(d.summary());
        p.setDescription(d.description());
        City city = null;
        if (d.cityId() != null) {
            city = cities.findById(d.cityId()).orElseThrow(() -> new IllegalArgumentException("city: no such city " + d.cityId()));
        } else {
            city = cities.findFirstByNameIgnoreCaseAndCountry(d.cityName(), d.country().toUpperCase(Locale.ROOT)).orElse(null);
        }
        p.setCity(city);
        p.setCityName(city != null ? city.getName() : d.cityName());
        p.setCountry(city != null ? city.getCountry() : d.country().toUpperCase(Locale.ROOT));
        p.setPopulation(d.population() != null ? d.population() : city != null ? city.getPopulation() : null);
        Programme programme = null;
        if (d.programmeId() != null) {
            programme = programmes.findById(d.programmeId())
                    .orElseThrow(() -> new IllegalArgumentException("programme: no such programme " + d.programmeId()));
        } else if (d.programmeName() != null) {
            programme = programmes.findAll().stream().filter(pr -> pr.getShortName().equalsIgnoreCase(d.programmeName())
                    || pr.getName().equalsIgnoreCase(d.programmeName())).findFirst().orElse(null);
        }
        p.setProgramme(programme);
        p.setProgrammeName(programme != null ? programme.getShortName() : d.programmeName());
        if (d.language() == null || d.language().isBlank()) {
            String text = d.title() + "\n" + d.summary() + (d.description() == null ? "" : "\n" + d.description());
            p.setLanguage(detector.detectOr(text, "en"));
            p.setLanguageDetected(true);
        } else {
            p.setLanguage(d.language().trim().toLowerCase(Locale.ROOT));
            p.setLanguageDetected(false);
        }
        p.setThemes(d.themes() == null ? List.of() : d.themes().stream().distinct().toList());
        p.setTags(nn(d.tags()));
        p.setTargetGroups(nn(d.targetGroups()));
        p.setStakeholders(nn(d.stakeholders()));
        p.setBudgetRange(d.budgetRange());
        p.setStaff(d.staff());
        p.setResults(d.results());
        p.setTransferability(d.transferability());
        p.setContact(d.contact());
        p.setLinks(nn(d.links()));
        p.setYear(d.year());
        p.setUrl(d.url());
        p.getAdaptations().clear();
        if (d.adaptations() != null) {
            int pos = 0;
            for (PracticeData.AdaptationData a : d.adaptations()) {
                City ac = a.cityId() == null ? null : cities.findById(a.cityId()).orElse(null);
                p.getAdaptations().add(new PracticeAdaptation(ac, ac != null ? ac.getName() : a.cityName(),
                        ac != null ? ac.getCountry() : a.country() == null ? null : a.country().toUpperCase(Locale.ROOT),
                        a.how(), a.year(), pos++));
            }
        }
    }

    private static List<String> nn(List<String> l) {
        return l == null ? List.of() : l;
    }
}
