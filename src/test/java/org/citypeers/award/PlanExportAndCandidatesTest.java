package org.citypeers.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.List;
import java.util.Locale;
import org.citypeers.IntegrationTest;
import org.citypeers.award.pdf.Labels;
import org.citypeers.base.ui.BundleI18NProvider;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.ActionPlanRepository;
import org.citypeers.plan.PlanStatus;
import org.citypeers.programme.ProgrammeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The plan export over the real plan feature (demo plan of Kuldīga), and the award board over real plans. */
class PlanExportAndCandidatesTest extends IntegrationTest {

    static final Labels ENGLISH = (key, args) -> new BundleI18NProvider().getTranslation(key, Locale.ENGLISH, args);

    @Autowired PlanExportService export;
    @Autowired AwardService awards;
    @Autowired ActionPlanRepository plans;
    @Autowired ProgrammeRepository programmes;
    @Autowired TransactionTemplate tx;

    Long kuldigaPlan() {
        return tx.execute(s -> plans.findAll().stream().filter(p -> p.getCity().getName().equals("Kuldīga"))
                .map(ActionPlan::getId).findFirst().orElseThrow());
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
        byte[] pdf = export.pdf(kuldigaPlan(), ENGLISH, Locale.ENGLISH);
        String text = text(pdf);
        assertThat(text).contains("Kuldīga").contains("Latvia").contains("Context and baseline")
                .contains("Kuldīgas restaurācijas centrs").contains("Stakeholders and ecosystem").contains("Actions")
                .contains("Self-assessment").contains("Summary in English").contains("Kuldīga keeps residents");
        for (String ch : new String[] {"ī", "ā", "ē", "š", "ļ", "ņ", "ū"}) {
            assertThat(text).as("Latvian character " + ch).contains(ch);
        }
    }

    @Test
    @WithUserDetails("lublin@citypeers.eu")
    void a_coordinator_of_another_city_cannot_export_the_plan() {
        assertThatThrownBy(() -> export.pdf(kuldigaPlan(), ENGLISH, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void the_board_lists_the_submitted_plan_of_kuldiga_which_still_misses_its_reviews() {
        Long pearls = programmes.findByShortNameIgnoreCase("BSR Cultural Pearls").orElseThrow().getId();
        AwardService.Board board = awards.board(pearls);
        assertThat(board.rules().fullTitle()).isEqualTo("BSR Cultural Pearl 2027");
        Assessment kuldiga = board.assessments().stream().filter(a -> a.candidate().cityName().equals("Kuldīga")).findFirst().orElseThrow();
        assertThat(kuldiga.result(Rule.MIN_REVIEWS).met()).isFalse();
        assertThat(kuldiga.result(Rule.CITY_NOT_EXCLUDED).met()).isTrue();
        assertThat(kuldiga.standing()).isEqualTo(Assessment.Standing.NOT_ELIGIBLE);
        // drafts (the demo draft of Tauragė) are not candidates
        List<Long> drafts = tx.execute(s -> plans.findAll().stream().filter(p -> p.getStatus() == PlanStatus.DRAFT)
                .map(ActionPlan::getId).toList());
        assertThat(drafts).isNotEmpty();
        assertThat(board.assessments()).noneMatch(a -> drafts.contains(a.candidate().planId()));
        assertThatThrownBy(() -> awards.award(pearls, kuldiga.candidate().planId(), "Too early", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not meet");
    }
}
