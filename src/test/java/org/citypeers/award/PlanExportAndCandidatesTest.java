package org.citypeers.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citypeers.IntegrationTest;
import org.citypeers.award.pdf.Labels;
import org.citypeers.base.ui.BundleI18NProvider;
import org.citypeers.city.CityRepository;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.SectionContent;
import org.citypeers.plan.Stakeholder;
import org.citypeers.programme.Programme;
import org.citypeers.review.ReviewService;
import org.citypeers.review.ReviewTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The plan export and the award board over real plans, in a programme of its own per test: a submitted
 * plan of Kuldīga written in Latvian with one review, and a draft of Tauragė.
 */
class PlanExportAndCandidatesTest extends IntegrationTest {

    static final Labels ENGLISH = (key, args) -> new BundleI18NProvider().getTranslation(key, Locale.ENGLISH, args);

    @Autowired PlanExportService export;
    @Autowired AwardService awards;
    @Autowired AwardRulesService rules;
    @Autowired PlanService plans;
    @Autowired CityRepository cities;
    @Autowired ReviewService reviews;
    @Autowired ReviewTestSupport people;

    Programme programme;
    ActionPlan kuldiga;
    ActionPlan tauragesDraft;

    @BeforeEach
    void plans() {
        Long kuldigaId = cities.findFirstByNameIgnoreCaseAndCountry("Kuldīga", "LV").orElseThrow().getId();
        Long taurageId = cities.findFirstByNameIgnoreCaseAndCountry("Tauragė", "LT").orElseThrow().getId();
        programme = people.programme("Export test", kuldigaId, taurageId);
        people.as(ReviewTestSupport.MANAGER, () -> rules.save(programme.getId(), null,
                new AwardRulesService.RulesData("Export Pearl", 2027, true, 2, 60, 2, 1, true, Set.of())));
        // written by admin@, who may edit any plan: no demo account coordinates Kuldīga
        ActionPlan draft = people.completePlan(ReviewTestSupport.ADMIN, programme.getId(), kuldigaId, 2030,
                "Kuldīga keeps residents in its old town by teaching them to restore their wooden houses.");
        people.as(ReviewTestSupport.ADMIN, () -> {
            plans.saveSection(draft.getId(), PlanSectionKind.CONTEXT, plans.section(draft.getId(), PlanSectionKind.CONTEXT).getVersion(),
                    SectionContent.ofText("Kuldīga ir vēsturiska pilsēta Kurzemē ar aptuveni 11 000 iedzīvotāju. Vecpilsētā dzīvo ļaudis, "
                            + "kas paši atjauno koka mājas, šņorē jumtus un glabā mantojumu; tūrisms aug, taču tikai vasaras sezonā."));
            plans.saveSection(draft.getId(), PlanSectionKind.STAKEHOLDERS,
                    plans.section(draft.getId(), PlanSectionKind.STAKEHOLDERS).getVersion(), new SectionContent(null, List.of(), List.of(
                            new Stakeholder("Kuldīgas restaurācijas centrs", "Vada restaurācijas skolu", Stakeholder.Level.HIGH,
                                    Stakeholder.Level.HIGH),
                            new Stakeholder("Vecpilsētas iedzīvotāji", "Māju īpašnieki", Stakeholder.Level.MEDIUM, Stakeholder.Level.HIGH),
                            new Stakeholder("Novada pašvaldība", "Finansē", Stakeholder.Level.HIGH, Stakeholder.Level.MEDIUM)), Map.of()));
        });
        kuldiga = people.submit(ReviewTestSupport.ADMIN, draft, ReviewTestSupport.EXPERT);
        people.as(ReviewTestSupport.EXPERT, () -> reviews.submit(kuldiga.getId(), null, people.review(kuldiga, true, 8)));
        tauragesDraft = people.as(ReviewTestSupport.COORDINATOR, () -> plans.create(programme.getId(), taurageId, 2030));
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder sb = new StringBuilder();
        PdfTextExtractor ex = new PdfTextExtractor(reader);
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            sb.append(ex.getTextFromPage(i)).append(' ');
        }
        reader.close();
        return sb.toString().replaceAll("\\s+", " ");
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void the_programme_manager_exports_a_submitted_plan_with_its_latvian_text_stakeholders_and_actions() throws Exception {
        byte[] pdf = export.pdf(kuldiga.getId(), ENGLISH, Locale.ENGLISH);
        String text = text(pdf);
        assertThat(text).contains("Kuldīga").contains("Latvia").contains("Context and baseline")
                .contains("Kuldīgas restaurācijas centrs").contains("Stakeholders and ecosystem").contains("Actions")
                .contains("Summary in English").contains("Kuldīga keeps residents");
        for (String ch : new String[] {"ī", "ā", "ē", "š", "ļ", "ņ", "ū"}) {
            assertThat(text).as("Latvian character " + ch).contains(ch);
        }
    }

    @Test
    @WithUserDetails("lublin@citypeers.eu")
    void a_coordinator_of_another_city_cannot_export_the_plan() {
        assertThatThrownBy(() -> export.pdf(kuldiga.getId(), ENGLISH, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void the_board_lists_the_submitted_plan_of_kuldiga_which_still_misses_its_reviews() {
        AwardService.Board board = awards.board(programme.getId());
        assertThat(board.rules().fullTitle()).isEqualTo("Export Pearl 2027");
        assertThat(board.assessments()).extracting(a -> a.candidate().planId()).containsExactly(kuldiga.getId());
        Assessment assessment = board.assessments().getFirst();
        assertThat(assessment.candidate().submittedReviews()).isEqualTo(1);
        assertThat(assessment.result(Rule.MIN_REVIEWS).met()).isFalse();
        assertThat(assessment.result(Rule.CITY_NOT_EXCLUDED).met()).isTrue();
        assertThat(assessment.standing()).isEqualTo(Assessment.Standing.NOT_ELIGIBLE);
        // the draft of Tauragė is not a candidate
        assertThat(board.assessments()).noneMatch(a -> a.candidate().planId() == tauragesDraft.getId());
        assertThatThrownBy(() -> awards.award(programme.getId(), kuldiga.getId(), "Too early", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not meet");
    }
}
