package org.citypeers.award;

import static org.citypeers.security.RunAs.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citypeers.city.City;
import org.citypeers.city.CityRepository;
import org.citypeers.plan.ActionData;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ActionPlanRepository;
import org.citypeers.plan.ExpertAssignmentService;
import org.citypeers.plan.ExpertRole;
import org.citypeers.plan.Indicator;
import org.citypeers.plan.PlanAction;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanStatus;
import org.citypeers.plan.PlanWorkflowService;
import org.citypeers.plan.SectionContent;
import org.citypeers.plan.Stakeholder;
import org.citypeers.practice.PracticeService;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeRepository;
import org.citypeers.review.CommentService;
import org.citypeers.review.Recommendation;
import org.citypeers.review.ReviewData;
import org.citypeers.review.ReviewService;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The whole programme story as demo data, so that a visitor of the demo finds an awarded city on
 * {@code /awards}: Słupsk's Cultural Pearls plan (in Polish, with an English summary and a linked good
 * practice) is submitted, reviewed by two experts, sent back for changes, resubmitted, reviewed again
 * (revised reviews of version 2), approved and awarded "BSR Cultural Pearl 2027" with a citation.
 * Everything goes through the services as the people involved (admin@ writes for the city, which has
 * no demo coordinator), so the audit trail, notifications and search index are what they would be.
 * Runs after the award rules, only when the programme has no award yet and Słupsk no plan.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "citypeers.demo.enabled", havingValue = "true")
class AwardStoryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AwardStoryDemoData.class);
    private static final int ROUND = 2026;
    static final String CITATION = "Słupsk turns its cultural centres and libraries into year-round meeting places where "
            + "older residents, young people and newcomers plan culture together. The jury commends the plan's honest "
            + "baseline, its partnership with the city's NGOs and its clear indicators after the revision.";

    private final ProgrammeRepository programmes;
    private final CityRepository cities;
    private final UserAccountRepository accounts;
    private final ActionPlanRepository planRows;
    private final AwardRepository awardRows;
    private final PracticeService practices;
    private final PlanService plans;
    private final PlanWorkflowService workflow;
    private final ExpertAssignmentService assignments;
    private final CommentService comments;
    private final ReviewService reviews;
    private final AwardService awards;

    AwardStoryDemoData(ProgrammeRepository programmes, CityRepository cities, UserAccountRepository accounts,
                       ActionPlanRepository planRows, AwardRepository awardRows, PracticeService practices,
                       PlanService plans, PlanWorkflowService workflow, ExpertAssignmentService assignments,
                       CommentService comments, ReviewService reviews, AwardService awards) {
        this.programmes = programmes;
        this.cities = cities;
        this.accounts = accounts;
        this.planRows = planRows;
        this.awardRows = awardRows;
        this.practices = practices;
        this.plans = plans;
        this.workflow = workflow;
        this.assignments = assignments;
        this.comments = comments;
        this.reviews = reviews;
        this.awards = awards;
    }

    private record Cast(UserAccount admin, UserAccount manager, UserAccount expert, UserAccount expert2) {}

    @Override
    public void run(ApplicationArguments args) {
        Optional<Programme> pearls = programmes.findByShortNameIgnoreCase("BSR Cultural Pearls");
        Optional<City> slupsk = cities.findFirstByNameIgnoreCaseAndCountry("Słupsk", "PL");
        Optional<Cast> cast = account("admin@citypeers.eu").flatMap(a -> account("manager@citypeers.eu")
                .flatMap(m -> account("expert@citypeers.eu")
                        .flatMap(e -> account("expert2@citypeers.eu").map(e2 -> new Cast(a, m, e, e2)))));
        if (pearls.isEmpty() || slupsk.isEmpty() || cast.isEmpty()
                || !awardRows.findByProgrammeIdAndStatusNot(pearls.get().getId(), Award.Status.REVOKED).isEmpty()
                || planRows.existsByProgrammeIdAndCityIdAndRound(pearls.get().getId(), slupsk.get().getId(), ROUND)) {
            return;
        }
        try {
            Award award = tell(pearls.get(), slupsk.get(), cast.get());
            log.info("Award demo story loaded: {} is {}.", award.getCityName(), award.fullTitle());
        } catch (RuntimeException e) {
            log.warn("Award demo story incomplete: {}", e.getMessage());
        }
    }

    private Optional<UserAccount> account(String email) {
        return accounts.findByEmailIgnoreCase(email);
    }

    private Award tell(Programme pearls, City slupsk, Cast c) {
        ActionPlan plan = as(c.admin(), () -> plans.create(pearls.getId(), slupsk.getId(), ROUND));
        Long planId = plan.getId();
        as(c.admin(), () -> write(planId));
        as(c.admin(), () -> workflow.submit(planId, "Pierwsza wersja planu"));
        as(c.manager(), () -> {
            assignments.assign(planId, c.expert().getId(), ExpertRole.MENTOR);
            assignments.assign(planId, c.expert2().getId(), ExpertRole.JURY);
            workflow.changeStatus(planId, plans.get(planId).getVersion(), PlanStatus.IN_REVIEW, null);
        });
        CommentService.ThreadView thread = as(c.expert2(), () -> comments.startThread(planId, PlanSectionKind.MONITORING.name(), null,
                "The monitoring section lists no baseline for the number of participants. Which figures do you count today?"));
        review(c.expert(), planId, new int[] {7, 7, 6}, Recommendation.AWARD_WITH_CHANGES,
                "A strong idea; the monitoring needs a baseline before the jury can judge the capacity to deliver.");
        review(c.expert2(), planId, new int[] {7, 6, 5}, Recommendation.AWARD_WITH_CHANGES,
                "Good participation; please add baseline figures and a budget for the second year.");
        as(c.manager(), () -> workflow.changeStatus(planId, plans.get(planId).getVersion(), PlanStatus.CHANGES_REQUESTED,
                "Add baseline figures to the monitoring section, as both experts ask."));
        as(c.admin(), () -> {
            comments.reply(thread.id(), "W 2025 r. w zajęciach centrów kultury i bibliotek uczestniczyło 6 400 osób; "
                    + "liczby są już w sekcji monitoringu.");
            PlanSection monitoring = plans.section(planId, PlanSectionKind.MONITORING);
            plans.saveSection(planId, PlanSectionKind.MONITORING, monitoring.getVersion(), SectionContent.ofText(MONITORING_REVISED));
            workflow.submit(planId, "Uzupełniony monitoring z danymi bazowymi");
        });
        as(c.expert2(), () -> comments.resolve(thread.id(), comments.versionOf(thread.id())));
        review(c.expert(), planId, new int[] {8, 8, 7}, Recommendation.AWARD,
                "The revised plan has the baseline it lacked; it is ready.");
        review(c.expert2(), planId, new int[] {8, 7, 7}, Recommendation.AWARD,
                "The baseline and second-year budget answer my questions.");
        return as(c.manager(), () -> {
            workflow.changeStatus(planId, plans.get(planId).getVersion(), PlanStatus.APPROVED, "Both experts recommend the award.");
            return awards.award(pearls.getId(), planId, CITATION, false);
        });
    }

    private void review(UserAccount expert, Long planId, int[] scores, Recommendation recommendation, String overall) {
        as(expert, () -> {
            Map<Long, ReviewData.Entry> entries = new LinkedHashMap<>();
            List<ReviewService.Criterion> criteria = reviews.criteria(planId);
            for (int i = 0; i < criteria.size(); i++) {
                entries.put(criteria.get(i).id(), new ReviewData.Entry(scores[i % scores.length], JUSTIFICATIONS[i % JUSTIFICATIONS.length]));
            }
            // the demo experts never keep a draft: each review of a version is submitted at once
            return reviews.submit(planId, null, new ReviewData(entries, recommendation, overall));
        });
    }

    private void write(Long planId) {
        Map<Long, Integer> answers = new HashMap<>();
        plans.templateOf(planId).getQuestions().forEach(q -> answers.put(q.getId(), 3 + (int) (q.getId() % 2)));
        Map<PlanSectionKind, SectionContent> content = Map.of(
                PlanSectionKind.SUMMARY, SectionContent.ofText(SUMMARY),
                PlanSectionKind.CONTEXT, SectionContent.ofText(CONTEXT),
                PlanSectionKind.CHALLENGES, new SectionContent(CHALLENGES,
                        List.of("ageing", "cultural-participation", "migration-integration"), List.of(), Map.of()),
                PlanSectionKind.QUESTIONNAIRE, new SectionContent(null, List.of(), List.of(), answers),
                PlanSectionKind.VISION, SectionContent.ofText(VISION),
                PlanSectionKind.STAKEHOLDERS, new SectionContent(null, List.of(), List.of(
                        new Stakeholder("Słupski Ośrodek Kultury", "Koordynator działań", Stakeholder.Level.HIGH, Stakeholder.Level.HIGH),
                        new Stakeholder("Miejska Biblioteka Publiczna", "Partner, gospodarz klubów", Stakeholder.Level.MEDIUM, Stakeholder.Level.HIGH),
                        new Stakeholder("Rada Seniorów i Młodzieżowa Rada Miasta", "Współdecydują o programie", Stakeholder.Level.MEDIUM, Stakeholder.Level.HIGH)),
                        Map.of()),
                PlanSectionKind.RISKS, SectionContent.ofText(RISKS),
                PlanSectionKind.MONITORING, SectionContent.ofText(MONITORING));
        for (PlanSection s : plans.sections(planId)) {
            SectionContent c = content.get(s.getKind());
            if (c != null) {
                plans.saveSection(planId, s.getKind(), s.getVersion(), c);
            }
        }
        PlanAction clubs = plans.addAction(planId, new ActionData("Kluby międzypokoleniowe w bibliotekach",
                "Co tydzień w pięciu filiach biblioteki seniorzy, młodzież i nowi mieszkańcy wspólnie przygotowują wieczory "
                        + "opowieści, warsztaty i wystawy o swojej dzielnicy.",
                "Więcej mieszkańców uczestniczy w kulturze przez cały rok", "Miejska Biblioteka Publiczna", "Rada Seniorów, szkoły",
                LocalDate.of(2026, 10, 1), LocalDate.of(2028, 6, 30), 48_000L, "Budżet miasta i Interreg Baltic Sea Region",
                List.of(new Indicator("Uczestnicy klubów rocznie", "0", "900"), new Indicator("Filie z klubem", "1", "5")), List.of()));
        practices.findPublishedByExternalId("demo-022").ifPresent(p -> plans.linkPractice(clubs.getId(), p.id(), p.title(),
                "Jak w Kartuzach: lokalna tradycja jako wspólny temat pokoleń, tu w dzielnicach Słupska."));
        plans.addAction(planId, new ActionData("Mapa kultury tworzona przez mieszkańców",
                "Mieszkańcy zaznaczają na wspólnej mapie miejsca i wydarzenia ważne dla nich; mapa wyznacza trasy spacerów kulturalnych.",
                "Mieszkańcy współtworzą ofertę kulturalną", "Słupski Ośrodek Kultury", "Organizacje pozarządowe",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), 12_000L, "Budżet obywatelski",
                List.of(new Indicator("Miejsca na mapie", "0", "150")), List.of()));
    }

    private static final String[] JUSTIFICATIONS = {
            "Culture is tied to ageing, integration and the life of neighbourhoods, not treated as a separate sector.",
            "Seniors' and youth councils co-decide the programme; storytelling and exhibitions are the tools.",
            "The library network, a budget over two years and named leads make delivery credible."};

    private static final String SUMMARY = "Słupsk (88,000 residents) makes its libraries and cultural centres year-round "
            + "meeting places for older people, young people and newcomers, who plan cultural activities together in "
            + "intergenerational clubs and map the culture of their neighbourhoods.";
    private static final String CONTEXT = "Słupsk liczy około 88 tysięcy mieszkańców i jest ośrodkiem kultury Pomorza Środkowego. "
            + "Działają tu ośrodek kultury, teatr, filharmonia i sieć pięciu filii biblioteki miejskiej. Z badania z 2025 r. wynika, "
            + "że w wydarzeniach kulturalnych uczestniczy regularnie co piąty mieszkaniec, głównie w centrum miasta.";
    private static final String CHALLENGES = "Miasto się starzeje, a młodzi wyjeżdżają do Trójmiasta. Coraz więcej mieszkańców "
            + "to osoby, które przyjechały z Ukrainy. Oferta kulturalna skupia się w centrum; osiedla mają mało miejsc spotkań, "
            + "a samotność seniorów rośnie.";
    private static final String VISION = "Do 2031 r. w każdej dzielnicy Słupska działa miejsce kultury, które mieszkańcy "
            + "współprowadzą. Seniorzy, młodzież i nowi mieszkańcy spotykają się tam regularnie i razem decydują o programie.";
    private static final String RISKS = "Brak wolontariuszy w mniejszych filiach – szkolenia animatorów i wsparcie Rady Seniorów. "
            + "Niższy budżet w drugim roku – część działań finansowana z budżetu obywatelskiego.";
    private static final String MONITORING = "Ośrodek kultury zbiera co pół roku dane o uczestnikach klubów i wydarzeń "
            + "oraz przedstawia je Radzie Miasta. Raz w roku wyniki omawiamy z mieszkańcami na otwartym spotkaniu w bibliotece.";
    private static final String MONITORING_REVISED = MONITORING + " Punkt wyjścia (2025): 6 400 uczestników zajęć w centrach "
            + "kultury i bibliotekach, 1 filia z klubem międzypokoleniowym, 18 % mieszkańców osiedli w wydarzeniach kulturalnych. "
            + "Cel na 2028 r.: 9 000 uczestników, 5 filii, 30 %. Budżet drugiego roku: 24 000 EUR z budżetu miasta.";
}
