package org.citypeers.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.citypeers.city.City;
import org.citypeers.city.CityRepository;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammeRepository;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data of the plan feature: the Cultural Pearls template with its resilience questionnaire, a
 * partly written draft for Tauragė (in Lithuanian) and a submitted plan for Kuldīga (in Latvian) that
 * waits for the manager to assign experts. Runs after the foundation's demo data, only on empty tables.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "citypeers.demo.enabled", havingValue = "true")
class PlanDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);
    static final String PEARLS = "BSR Cultural Pearls";
    static final int ROUND = 2026;

    private final PlanTemplateRepository templates;
    private final ActionPlanRepository plans;
    private final PlanSectionRepository sections;
    private final PlanActionRepository actions;
    private final PlanVersionRepository versions;
    private final PlanAuditEntryRepository audit;
    private final ProgrammeRepository programmes;
    private final CityRepository cities;
    private final UserAccountRepository accounts;

    PlanDemoData(PlanTemplateRepository templates, ActionPlanRepository plans, PlanSectionRepository sections,
                 PlanActionRepository actions, PlanVersionRepository versions, PlanAuditEntryRepository audit,
                 ProgrammeRepository programmes, CityRepository cities, UserAccountRepository accounts) {
        this.templates = templates;
        this.plans = plans;
        this.sections = sections;
        this.actions = actions;
        this.versions = versions;
        this.audit = audit;
        this.programmes = programmes;
        this.cities = cities;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Programme pearls = programmes.findByShortNameIgnoreCase(PEARLS).orElse(null);
        if (pearls == null || plans.count() > 0 || templates.findByProgrammeId(pearls.getId()).isPresent()) {
            return;
        }
        PlanTemplate t = pearlsTemplate(pearls);
        taurage(pearls, t);
        kuldiga(pearls, t);
        log.info("Plan demo data loaded: Cultural Pearls template, {} plans.", plans.count());
    }

    private PlanTemplate pearlsTemplate(Programme pearls) {
        PlanTemplate t = new PlanTemplate(pearls.getId(), "Cultural Pearls action plan: resilience through culture");
        t.addSection(PlanSectionKind.SUMMARY, false, "A short summary in English for the jury and the public award page.");
        t.addSection(PlanSectionKind.CONTEXT, true, "Describe your town today: population, economy, cultural life, and the baseline figures you will measure against.");
        t.addSection(PlanSectionKind.CHALLENGES, true, "Which challenges should culture help with? Choose the themes and describe them.");
        t.addSection(PlanSectionKind.QUESTIONNAIRE, true, "How resilient and prepared is your town today? Answer honestly: this is your baseline.");
        t.addSection(PlanSectionKind.VISION, true, "Where do you want to be in five years, and which objectives lead there?");
        t.addSection(PlanSectionKind.STAKEHOLDERS, true, "Who takes part, who decides, who is affected? Give each a role, influence and interest.");
        t.addSection(PlanSectionKind.ACTIONS, true, "Concrete actions with a lead, dates, budget and indicators; name the good practices you adapt.");
        t.addSection(PlanSectionKind.RISKS, false, "What could go wrong, and what will you do then?");
        t.addSection(PlanSectionKind.MONITORING, true, "How, when and by whom progress is measured.");
        t.addQuestion("Our town has a shared, written strategy for culture and community life.", 1, 5);
        t.addQuestion("Residents, NGOs and the municipality plan cultural activities together.", 1, 5);
        t.addQuestion("Cultural venues and programmes can continue during a crisis (a pandemic, an energy crisis).", 1, 5);
        t.addQuestion("Cultural activities reach older people, young people and newcomers.", 1, 5);
        t.addQuestion("Culture is connected with social, economic and environmental policy.", 1, 5);
        t.addQuestion("The municipality has staff and a budget to deliver cultural projects with partners.", 1, 5);
        return templates.saveAndFlush(t);
    }

    private void taurage(Programme pearls, PlanTemplate t) {
        City city = cities.findFirstByNameIgnoreCaseAndCountry("Tauragė", "LT").orElse(null);
        UserAccount rūta = accounts.findByEmailIgnoreCase("coordinator@citypeers.eu").orElse(null);
        if (city == null || rūta == null) {
            return;
        }
        ActionPlan plan = plans.save(new ActionPlan(pearls, city, t.getId(), ROUND, "lt"));
        Map<PlanSectionKind, PlanSection> s = createSections(plan, t);
        fill(s.get(PlanSectionKind.CONTEXT), rūta, SectionContent.ofText(
                "Tauragė – apie 22 000 gyventojų turintis regiono centras vakarų Lietuvoje. Mieste veikia kultūros centras, "
                        + "pilis su muziejumi, upės parkas ir stipri mėgėjų chorų bei folkloro kolektyvų bendruomenė. "
                        + "2025 m. kultūros renginiuose dalyvavo apie 18 % gyventojų; vasaros festivalis pritraukia daugiausia lankytojų."));
        fill(s.get(PlanSectionKind.CHALLENGES), rūta, new SectionContent(
                "Jaunimas išvyksta į Klaipėdą, Vilnių ir užsienį, gyventojai sensta. Keli sovietmečio pramoniniai pastatai "
                        + "miesto centre stovi tušti. Ne vasaros sezonu kultūriniame gyvenime dalyvauja nedaug žmonių.",
                List.of("youth", "ageing", "vacant-spaces-adaptive-reuse", "cultural-participation"), List.of(), Map.of()));
        List<TemplateQuestion> q = t.getQuestions();
        fill(s.get(PlanSectionKind.QUESTIONNAIRE), rūta, new SectionContent(null, List.of(), List.of(),
                Map.of(q.get(0).getId(), 2, q.get(1).getId(), 3, q.get(2).getId(), 2)));
        fill(s.get(PlanSectionKind.VISION), rūta, SectionContent.ofText(
                "Iki 2031 m. Tauragė – miestas, kuriame jaunimas ir senjorai kartu kuria kultūrą ištisus metus."));
        fill(s.get(PlanSectionKind.STAKEHOLDERS), rūta, new SectionContent(null, List.of(), List.of(
                new Stakeholder("Tauragės kultūros centras", "Veiksmų koordinatorius", Stakeholder.Level.HIGH, Stakeholder.Level.HIGH),
                new Stakeholder("Jaunimo organizacijos", "Partneriai, dalyviai", Stakeholder.Level.MEDIUM, Stakeholder.Level.HIGH)),
                Map.of()));
        PlanAction a = new PlanAction(plan, 0, "Kūrybinės dirbtuvės buvusioje gamykloje");
        a.apply(new ActionData("Kūrybinės dirbtuvės buvusioje gamykloje",
                "Tuščią pramoninį pastatą laikinai atveriame jaunimo ir senjorų kūrybinėms dirbtuvėms.",
                "Daugiau gyventojų dalyvauja kultūroje ne vasaros sezonu", "Tauragės kultūros centras", "Jaunimo organizacijos",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 15_000L, "Savivaldybės biudžetas",
                List.of(new Indicator("Dirbtuvių dalyviai per metus", "0", "400")), List.of()));
        a.stamp(rūta.getName());
        actions.save(a);
        audit.save(new PlanAuditEntry(plan.getId(), rūta.getId(), rūta.getName(), PlanAuditEntry.Kind.CREATED, null, PlanStatus.DRAFT, null));
    }

    private void kuldiga(Programme pearls, PlanTemplate t) {
        City city = cities.findFirstByNameIgnoreCaseAndCountry("Kuldīga", "LV").orElse(null);
        UserAccount admin = accounts.findByEmailIgnoreCase("admin@citypeers.eu").orElse(null);
        if (city == null || admin == null) {
            return;
        }
        ActionPlan plan = plans.save(new ActionPlan(pearls, city, t.getId(), ROUND, "lv"));
        Map<PlanSectionKind, PlanSection> s = createSections(plan, t);
        fill(s.get(PlanSectionKind.SUMMARY), admin, SectionContent.ofText(
                "Kuldīga keeps residents in its UNESCO old town by turning restoration into a shared cultural practice: "
                        + "a restoration school for residents, winter programmes in wooden houses and a community heritage fund."));
        fill(s.get(PlanSectionKind.CONTEXT), admin, SectionContent.ofText(
                "Kuldīga ir vēsturiska pilsēta Kurzemē ar aptuveni 11 000 iedzīvotāju. Vecpilsēta ir iekļauta UNESCO Pasaules "
                        + "mantojuma sarakstā; pilsētā darbojas restaurācijas centrs. Tūrisms aug, taču vasaras sezonā."));
        fill(s.get(PlanSectionKind.CHALLENGES), admin, new SectionContent(
                "Iedzīvotāji pamet vecpilsētu, jo koka māju atjaunošana ir dārga; darbavietas ir sezonālas; ziemā kultūras "
                        + "dzīve apsīkst. Jāsaglabā mantojums un jānotur iedzīvotāji.",
                List.of("cultural-heritage", "tourism", "housing"), List.of(), Map.of()));
        Map<Long, Integer> answers = new java.util.HashMap<>();
        t.getQuestions().forEach(q -> answers.put(q.getId(), 3));
        fill(s.get(PlanSectionKind.QUESTIONNAIRE), admin, new SectionContent(null, List.of(), List.of(), answers));
        fill(s.get(PlanSectionKind.VISION), admin, SectionContent.ofText(
                "Līdz 2031. gadam Kuldīgas vecpilsēta ir dzīva visu gadu: iedzīvotāji paši atjauno savas mājas, "
                        + "ziemā notiek kultūras programmas, un mantojums kļūst par kopienas lepnumu un ienākumu avotu."));
        fill(s.get(PlanSectionKind.STAKEHOLDERS), admin, new SectionContent(null, List.of(), List.of(
                new Stakeholder("Kuldīgas restaurācijas centrs", "Vada restaurācijas skolu", Stakeholder.Level.HIGH, Stakeholder.Level.HIGH),
                new Stakeholder("Vecpilsētas iedzīvotāji", "Dalībnieki un māju īpašnieki", Stakeholder.Level.MEDIUM, Stakeholder.Level.HIGH),
                new Stakeholder("Novada pašvaldība", "Finansē un pieņem lēmumus", Stakeholder.Level.HIGH, Stakeholder.Level.MEDIUM)),
                Map.of()));
        fill(s.get(PlanSectionKind.MONITORING), admin, SectionContent.ofText(
                "Restaurācijas centrs reizi pusgadā apkopo rādītājus (atjaunotās mājas, dalībnieki, ziemas pasākumu apmeklējums) "
                        + "un ziņo pašvaldības kultūras komitejai; gada beigās rezultātus apspriež ar iedzīvotājiem."));
        PlanAction a = new PlanAction(plan, 0, "Restaurācijas skola iedzīvotājiem");
        a.apply(new ActionData("Restaurācijas skola iedzīvotājiem",
                "Darbnīcas, kurās iedzīvotāji mācās atjaunot logus, durvis un jumtus savās koka mājās.",
                "Iedzīvotāji paliek vecpilsētā", "Kuldīgas restaurācijas centrs", "Novada pašvaldība",
                LocalDate.of(2026, 10, 1), LocalDate.of(2028, 9, 30), 40_000L, "Interreg Baltic Sea Region",
                List.of(new Indicator("Atjaunotas mājas", "12", "40")), List.of()));
        a.stamp(admin.getName());
        actions.saveAndFlush(a);
        PlanVersion v = new PlanVersion(plan.getId(), 1, admin.getName(), PlanRenderer.render(t, s, List.of(a)));
        versions.save(v);
        plan.setLatestVersion(1);
        plan.setStatus(PlanStatus.SUBMITTED);
        audit.save(new PlanAuditEntry(plan.getId(), admin.getId(), admin.getName(), PlanAuditEntry.Kind.CREATED, null, PlanStatus.DRAFT, null));
        audit.save(new PlanAuditEntry(plan.getId(), admin.getId(), admin.getName(), PlanAuditEntry.Kind.STATUS_CHANGED,
                PlanStatus.DRAFT, PlanStatus.SUBMITTED, "Version 1"));
    }

    private Map<PlanSectionKind, PlanSection> createSections(ActionPlan plan, PlanTemplate t) {
        Map<PlanSectionKind, PlanSection> m = new java.util.EnumMap<>(PlanSectionKind.class);
        for (TemplateSection ts : t.getSections()) {
            m.put(ts.getKind(), sections.save(new PlanSection(plan, ts.getKind())));
        }
        return m;
    }

    private void fill(PlanSection s, UserAccount who, SectionContent c) {
        s.apply(c);
        s.stamp(who.getId(), who.getName());
        sections.save(s);
    }
}
