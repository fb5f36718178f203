package org.citypeers.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.citypeers.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two coordinators editing one plan at once: different sections both succeed; the same section is a conflict, nothing lost. */
class SectionConcurrencyTest extends IntegrationTest {

    @Autowired PlanService plans;
    @Autowired PlanTestSupport support;

    @Test
    void two_coordinators_editing_different_sections_both_succeed() {
        ActionPlan plan = support.newTauragePlan();
        Long id = plan.getId();
        // both open the editor
        long contextSeenByRuta = support.as("coordinator@citypeers.eu", () -> plans.section(id, PlanSectionKind.CONTEXT).getVersion());
        long visionSeenByJonas = support.as("coordinator2@citypeers.eu", () -> plans.section(id, PlanSectionKind.VISION).getVersion());

        support.as("coordinator@citypeers.eu", () -> plans.saveSection(id, PlanSectionKind.CONTEXT, contextSeenByRuta, SectionContent.ofText("Rūtos kontekstas")));
        support.as("coordinator2@citypeers.eu", () -> plans.saveSection(id, PlanSectionKind.VISION, visionSeenByJonas, SectionContent.ofText("Jono vizija")));

        support.as("coordinator@citypeers.eu", () -> {
            assertThat(plans.section(id, PlanSectionKind.CONTEXT).getText()).isEqualTo("Rūtos kontekstas");
            assertThat(plans.section(id, PlanSectionKind.VISION).getText()).isEqualTo("Jono vizija");
        });
    }

    @Test
    void saves_of_different_sections_in_the_same_moment_both_succeed() throws Exception {
        ActionPlan plan = support.newTauragePlan();
        Long id = plan.getId();
        PlanSectionKind[] kinds = {PlanSectionKind.CONTEXT, PlanSectionKind.VISION, PlanSectionKind.RISKS, PlanSectionKind.MONITORING};
        String[] users = {"coordinator@citypeers.eu", "coordinator2@citypeers.eu"};
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(kinds.length);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(kinds.length);
        try {
            java.util.List<java.util.concurrent.Future<PlanSection>> saves = new java.util.ArrayList<>();
            for (int i = 0; i < kinds.length; i++) {
                PlanSectionKind kind = kinds[i];
                String user = users[i % 2];
                long seen = support.as(user, () -> plans.section(id, kind).getVersion());
                saves.add(pool.submit(() -> support.as(user, () -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return plans.saveSection(id, kind, seen, SectionContent.ofText("Text of " + kind));
                })));
            }
            for (java.util.concurrent.Future<PlanSection> f : saves) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        support.as("coordinator@citypeers.eu", () -> {
            for (PlanSectionKind kind : kinds) {
                assertThat(plans.section(id, kind).getText()).isEqualTo("Text of " + kind);
            }
        });
    }

    @Test
    void the_second_saver_of_the_same_section_gets_a_conflict_with_the_other_text_and_loses_nothing() {
        ActionPlan plan = support.newTauragePlan();
        Long id = plan.getId();
        long seen = support.as("coordinator@citypeers.eu", () -> plans.section(id, PlanSectionKind.CONTEXT).getVersion());

        support.as("coordinator@citypeers.eu", () -> plans.saveSection(id, PlanSectionKind.CONTEXT, seen, SectionContent.ofText("Rūtos tekstas")));
        SectionConflictException conflict = support.as("coordinator2@citypeers.eu", () -> catchThrowableOfType(SectionConflictException.class,
                () -> plans.saveSection(id, PlanSectionKind.CONTEXT, seen, SectionContent.ofText("Jono tekstas"))));

        assertThat(conflict).isNotNull();
        assertThat(((SectionContent) conflict.getCurrent()).text()).isEqualTo("Rūtos tekstas");
        assertThat(conflict.getSavedBy()).isEqualTo("Rūta Coordinator");
        // nothing was overwritten
        support.as("coordinator@citypeers.eu", () -> assertThat(plans.section(id, PlanSectionKind.CONTEXT).getText()).isEqualTo("Rūtos tekstas"));

        // Jonas decides, having seen both: he merges and saves against the version he was shown
        support.as("coordinator2@citypeers.eu", () -> plans.saveSection(id, PlanSectionKind.CONTEXT, conflict.getCurrentVersion(),
                SectionContent.ofText("Rūtos tekstas\nJono tekstas")));
        support.as("coordinator@citypeers.eu", () -> assertThat(plans.section(id, PlanSectionKind.CONTEXT).getText())
                .isEqualTo("Rūtos tekstas\nJono tekstas"));
    }

    @Test
    void two_coordinators_editing_the_same_action_conflict_and_different_actions_do_not() {
        ActionPlan plan = support.newTauragePlan();
        Long id = plan.getId();
        PlanAction a = support.as("coordinator@citypeers.eu", () -> plans.addAction(id, ActionData.titled("Pirmas")));
        PlanAction b = support.as("coordinator@citypeers.eu", () -> plans.addAction(id, ActionData.titled("Antras")));

        support.as("coordinator@citypeers.eu", () -> plans.updateAction(a.getId(), a.getVersion(), ActionData.titled("Pirmas (Rūta)")));
        support.as("coordinator2@citypeers.eu", () -> plans.updateAction(b.getId(), b.getVersion(), ActionData.titled("Antras (Jonas)")));
        SectionConflictException conflict = support.as("coordinator2@citypeers.eu", () -> catchThrowableOfType(SectionConflictException.class,
                () -> plans.updateAction(a.getId(), a.getVersion(), ActionData.titled("Pirmas (Jonas)"))));

        assertThat(conflict).isNotNull();
        assertThat(((ActionData) conflict.getCurrent()).title()).isEqualTo("Pirmas (Rūta)");
        support.as("coordinator@citypeers.eu", () -> assertThat(plans.actions(id)).extracting(PlanAction::getTitle)
                .containsExactly("Pirmas (Rūta)", "Antras (Jonas)"));
    }
}
