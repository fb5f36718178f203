package org.citypeers.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citypeers.city.City;
import org.citypeers.city.CityRepository;
import org.citypeers.city.Partnership;
import org.citypeers.city.PartnershipRepository;
import org.citypeers.programme.AwardCriterion;
import org.citypeers.programme.Programme;
import org.citypeers.programme.ProgrammePhase;
import org.citypeers.programme.ProgrammePhase.Kind;
import org.citypeers.programme.ProgrammeRepository;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with the programmes, cities and accounts of the demo (facts from the
 * project's seed documents, sentences our own). Runs only with {@code citypeers.demo.enabled=true}
 * (the demo profile) and only when there are no programmes yet, so a restart keeps what people changed.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "citypeers.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ProgrammeRepository programmes;
    private final CityRepository cities;
    private final PartnershipRepository partnerships;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Map<String, City> byName = new HashMap<>();

    DemoDataLoader(ProgrammeRepository programmes, CityRepository cities, PartnershipRepository partnerships,
                   UserAccountRepository accounts, PasswordEncoder encoder) {
        this.programmes = programmes;
        this.cities = cities;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (programmes.count() > 0) {
            log.info("Demo data already present; leaving the database as it is.");
            return;
        }
        loadCities();
        loadProgrammes();
        loadAccounts();
        log.info("Demo data loaded: {} programmes, {} cities and organisations, {} accounts.",
                programmes.count(), cities.count(), accounts.count());
    }

    private void loadCities() {
        city("Tauragė", "LT", 22_000, "Tauragė County", 55.252, 22.289, false, "lt",
                "A small town in western Lithuania, a regional centre with a castle and a growing cultural centre.",
                "Young people leave for Klaipėda, Vilnius and abroad; the population is ageing; several Soviet-era "
                        + "industrial buildings in the centre stand empty; few people take part in cultural life outside the summer festival.",
                "An active cultural centre, a river park, a strong community of amateur choirs and folk groups.");
        city("Kuldīga", "LV", 11_000, "Kurzeme", 56.968, 21.968, false, "lv",
                "A historic town in western Latvia with a UNESCO World Heritage old town and the widest waterfall in Europe.",
                "Keeping residents in the old town while tourism grows; seasonal jobs; restoring wooden houses.",
                "Well-kept wooden architecture, a restoration centre, summer tourism.");
        city("Viljandi", "EE", 17_000, "Viljandi County", 58.363, 25.597, false, "et",
                "A town in southern Estonia known for its folk music festival and culture academy.",
                "Young graduates leave after their studies; winter isolation of older residents.",
                "A folk music centre, a culture academy, a lively festival tradition.");
        city("Słupsk", "PL", 88_000, "Pomorskie", 54.464, 17.028, false, "pl",
                "A mid-sized city in Pomerania close to the Baltic coast.",
                "Shrinking population, empty post-industrial sites, the social integration of newcomers from Ukraine.",
                "A strong theatre and puppet theatre, a network of libraries and community centres.");
        city("Gdańsk", "PL", 470_000, "Pomorskie", 54.352, 18.646, false, "pl",
                "A port city on the Baltic Sea, a centre of culture and civic movements.", null, null);
        city("Lublin", "PL", 330_000, "Lubelskie", 51.246, 22.568, false, "pl",
                "A city in eastern Poland for which international cultural co-operation has become part of its identity "
                        + "over the last decade, supported by the city's culture department, its institutions and NGOs.",
                "Keeping the international work of cultural operators stable when funding changes; reaching residents who do not attend cultural events.",
                "A dense network of cultural institutions and festivals, long-standing partnerships in Central and Eastern Europe.");
        city("Ljubljana", "SI", 295_000, "Osrednjeslovenska", 46.056, 14.506, true, "sl",
                "The capital of Slovenia; a member of the LIKE network since 1994, of ICORN since 2011 and of the "
                        + "Eurocities Culture Forum since 2012.",
                "Supporting persecuted writers and artists to settle; keeping culture affordable for all residents.",
                "A city of refuge with experience of hosting guest writers; a strong independent cultural scene.");
        city("Vilnius", "LT", 590_000, "Vilnius County", 54.687, 25.280, true, "lt",
                "The capital of Lithuania and partner of the URBACT network Culture for All.",
                "Cultural isolation of some neighbourhoods; involving residents in cultural events.", null);
        city("Amsterdam", "NL", 920_000, "North Holland", 52.370, 4.895, true, "nl",
                "Lead partner of the URBACT network Culture for All.", null, null);
        city("Sofia", "BG", 1_250_000, "Sofia City", 42.698, 23.322, true, "bg", null, null, null);
        city("Riga", "LV", 605_000, "Riga", 56.950, 24.105, true, "lv", null, null, null);
        city("Tallinn", "EE", 455_000, "Harju County", 59.437, 24.754, true, "et", null, null, null);
        city("London", "GB", 8_900_000, "Greater London", 51.507, -0.128, true, "en", null, null, null);
        city("Lisbon", "PT", 545_000, "Lisbon", 38.722, -9.139, true, "pt", null, null, null);
        city("Dublin", "IE", 590_000, "Leinster", 53.349, -6.260, true, "en", null, null, null);
        city("Nova Gorica", "SI", 31_000, "Goriška", 45.956, 13.648, false, "sl", null, null, null);
        city("Izola", "SI", 16_000, "Obalno-kraška", 45.537, 13.660, false, "sl", null, null, null);
        organisation("Council of the Baltic Sea States", "SE", "en",
                "An intergovernmental council of the Baltic Sea states; lead partner of BSR Cultural Pearls.");
        organisation("NCK", "PL", "pl",
                "Nadbałtyckie Centrum Kultury (Baltic Sea Culture Centre) in Gdańsk, a regional cultural institution.");
        organisation("Danish Cultural Institute", "DK", "da", "A cultural institute working across the Baltic Sea Region.");
        organisation("Northern Dimension Partnership on Culture", "LV", "en", "A partnership for culture in Northern Europe.");
        organisation("Ars Baltica", "DE", "de", "A network for cultural co-operation around the Baltic Sea.");
        organisation("Motovila", "SI", "sl", "A Slovenian institute supporting the cultural and creative sectors; leads the PRO KUS consortium.");
        organisation("Zavod Otok", "SI", "sl", "A Slovenian cultural organisation, partner of PRO KUS.");
        organisation("Zavod Kinoatelje", "SI", "sl", "A Slovenian film culture organisation in the Goriška region, partner of PRO KUS.");
        organisation("Eurocities", "BE", "en", "The network of major European cities.");
        organisation("LIKE", "FR", "fr", "A network of European cities and regions for culture, seated in Lille; called Les Rencontres until 2015.");
        organisation("ICORN", "NO", "en", "The International Cities of Refuge Network, offering shelter to persecuted writers and artists since 1994.");
    }

    private void loadProgrammes() {
        Programme pearls = programme("Baltic Sea Region Cultural Pearls for More Resilient Cities and Regions", "BSR Cultural Pearls",
                "Interreg Baltic Sea Region", LocalDate.of(2023, 1, 1), LocalDate.of(2027, 6, 30), List.of("en", "pl", "lt", "lv", "et", "de"),
                "BSR Cultural Pearl",
                "Helps smaller and less central towns of the Baltic Sea Region become more resilient by using their social and "
                        + "cultural resources, activating local communities and building partnerships between residents and authorities. "
                        + "Cities write action plans for resilience through culture with the help of experts and peer cities; "
                        + "the best prepared receive the title of Cultural Pearl.");
        pearls.addPhase(new ProgrammePhase(Kind.CALL, "Call for cities", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)));
        pearls.addPhase(new ProgrammePhase(Kind.ACTION_PLANNING, "Action planning with mentors", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31)));
        pearls.addPhase(new ProgrammePhase(Kind.REVIEW, "Jury review", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28)));
        pearls.addPhase(new ProgrammePhase(Kind.AWARD, "Cultural Pearl award", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)));
        pearls.addCriterion(new AwardCriterion("Innovative and holistic approach",
                "The plan connects culture with social, economic and environmental resilience in a new way.", 40));
        pearls.addCriterion(new AwardCriterion("Participatory methods and cultural tools",
                "Residents and stakeholders shape the plan; cultural methods are used to reach them.", 30));
        pearls.addCriterion(new AwardCriterion("Capacity to deliver",
                "Resources, partners, budget and a realistic timetable are in place.", 30));
        partners(pearls, Partnership.Role.LEAD_PARTNER, "Council of the Baltic Sea States");
        partners(pearls, Partnership.Role.PARTNER, "NCK", "Danish Cultural Institute", "Northern Dimension Partnership on Culture", "Ars Baltica");
        partners(pearls, Partnership.Role.ASSOCIATED_PARTNER, "Tauragė", "Kuldīga", "Viljandi", "Słupsk");

        Programme cfa = programme("Culture for All", "URBACT Culture for All", "URBACT (European Regional Development Fund)",
                LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31), List.of("en"), null,
                "An URBACT network of eight cities that exchange experience and models to reduce cultural isolation, "
                        + "strengthen the sense of community and make sure residents take an active part in cultural life; "
                        + "each partner prepares an action plan with local authorities, community leaders and cultural actors.");
        cfa.addPhase(new ProgrammePhase(Kind.ACTION_PLANNING, "Exchange and action planning", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)));
        partners(cfa, Partnership.Role.LEAD_PARTNER, "Amsterdam");
        partners(cfa, Partnership.Role.PARTNER, "Vilnius", "Sofia", "Riga", "Tallinn", "London", "Lisbon", "Dublin");

        Programme prokus = programme("PRO KUS: skills and knowledge for professional cultural and creative sectors", "PRO KUS",
                null, LocalDate.of(2019, 10, 1), LocalDate.of(2022, 1, 31), List.of("sl", "en"), null,
                "A Slovenian consortium that trains and empowers people in the cultural and creative sectors to work "
                        + "nationally and internationally: professional training, internationalisation and decentralisation.");
        partners(prokus, Partnership.Role.LEAD_PARTNER, "Motovila");
        partners(prokus, Partnership.Role.PARTNER, "Zavod Otok", "Zavod Kinoatelje");
        partners(prokus, Partnership.Role.ASSOCIATED_PARTNER, "Nova Gorica", "Izola");

        Programme forum = programme("Eurocities Culture Forum", "Eurocities Culture", "Eurocities", null, null, List.of("en"), null,
                "The forum where culture departments of Eurocities members exchange experience on local cultural policy.");
        partners(forum, Partnership.Role.LEAD_PARTNER, "Eurocities");
        partners(forum, Partnership.Role.PARTNER, "Ljubljana", "Lublin", "Gdańsk", "Vilnius");

        Programme like = programme("LIKE – European Cities and Regions for Culture", "LIKE", null, LocalDate.of(1994, 1, 1), null,
                List.of("en"), null, "A network of about two hundred European cities and regions that works on local and regional cultural policy.");
        partners(like, Partnership.Role.LEAD_PARTNER, "LIKE");
        partners(like, Partnership.Role.PARTNER, "Ljubljana");

        Programme icorn = programme("International Cities of Refuge Network", "ICORN", null, LocalDate.of(1994, 1, 1), null,
                List.of("en"), null, "Cities that give persecuted writers and artists a safe place to live and work.");
        partners(icorn, Partnership.Role.LEAD_PARTNER, "ICORN");
        partners(icorn, Partnership.Role.PARTNER, "Ljubljana");
    }

    private void loadAccounts() {
        String hash = encoder.encode(DemoAccounts.PASSWORD);
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            UserAccount u = new UserAccount(a.name(), a.email(), hash);
            u.setRoles(List.of(a.role()));
            if (a.city() != null) {
                u.setOrganisationId(byName.get(a.city()).getId());
            }
            u.setUiLanguage("en");
            accounts.save(u);
        }
        UserAccount manager = accounts.findByEmailIgnoreCase("manager@citypeers.eu").orElseThrow();
        programmes.findAll().stream().filter(p -> !p.getShortName().equals("ICORN"))
                .forEach(p -> p.getManagerIds().add(manager.getId()));
    }

    private void city(String name, String country, int population, String region, double lat, double lon, boolean capital,
                      String lang, String profile, String challenges, String assets) {
        City c = new City(name, City.Kind.CITY, country);
        c.setPopulation(population);
        c.setRegion(region);
        c.setLatitude(lat);
        c.setLongitude(lon);
        c.setCapital(capital);
        c.setLanguages(List.of(lang));
        c.setProfile(profile);
        c.setChallenges(challenges);
        c.setAssets(assets);
        byName.put(name, cities.save(c));
    }

    private void organisation(String name, String country, String lang, String profile) {
        City c = new City(name, City.Kind.ORGANISATION, country);
        c.setLanguages(List.of(lang));
        c.setProfile(profile);
        byName.put(name, cities.save(c));
    }

    private Programme programme(String name, String shortName, String funder, LocalDate start, LocalDate end,
                                List<String> langs, String awardTitle, String description) {
        Programme p = new Programme(name, shortName);
        p.setFunder(funder);
        p.setStartDate(start);
        p.setEndDate(end);
        p.setWorkingLanguages(langs);
        p.setAwardTitle(awardTitle);
        p.setDescription(description);
        return programmes.save(p);
    }

    private void partners(Programme p, Partnership.Role role, String... names) {
        for (String n : names) {
            partnerships.save(new Partnership(p, byName.get(n), role));
        }
    }
}
