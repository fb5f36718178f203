package org.citypeers.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.citypeers.IntegrationTest;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanTemplateService;
import org.citypeers.plan.PlanTestSupport;
import org.citypeers.plan.SectionContent;
import org.citypeers.review.CommentService;
import org.citypeers.review.ReviewService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what with a city's action plan, role by action, checked against the services (not the
 * views): read it, edit a section, open a comment thread, review (score) it, and change the plan
 * template of its programme (saved unchanged, so the demo template stays as it is). The plan is the demo
 * plan of Tauragė's neighbour Kuldīga (submitted, reviewed by expert@ and expert2@), seen by every role.
 */
class PlanAccessMatrixTest extends IntegrationTest {

    @Autowired
    PlanTestSupport as;
    @Autowired
    PlanService plans;
    @Autowired
    CommentService comments;
    @Autowired
    ReviewService reviews;

    /** role (e-mail, null = anonymous visitor), may read, may edit, may open a thread, may review, may change the template. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(null, false, false, false, false, false),
                Arguments.of("coordinator@citypeers.eu", false, false, false, false, false), // another city (Tauragė)
                Arguments.of("lublin@citypeers.eu", false, false, false, false, false),      // another city
                Arguments.of("expert@citypeers.eu", true, false, true, true, false),         // assigned expert
                Arguments.of("expert2@citypeers.eu", true, false, true, true, false),        // assigned expert
                Arguments.of("manager@citypeers.eu", true, false, true, false, true),        // manager of the programme
                Arguments.of("admin@citypeers.eu", true, true, true, false, true));
    }

    @Autowired
    PlanTemplateService templates;

    @Autowired
    org.citypeers.city.CityService cities;

    private Long kuldigaPlan() {
        return as.as("admin@citypeers.eu", () -> {
            Long kuldiga = cities.findAll().stream().filter(c -> c.getName().equals("Kuldīga")).findFirst().orElseThrow().getId();
            return plans.findForCity(kuldiga).stream().findFirst().orElseThrow().getId();
        });
    }

    @ParameterizedTest(name = "{0}: read={1} edit={2} comment={3} review={4} template={5}")
    @MethodSource("matrix")
    void each_role_may_do_exactly_what_the_programme_allows(String email, boolean read, boolean edit, boolean comment,
                                                             boolean review, boolean template) {
        Long planId = kuldigaPlan();
        Long programmeId = as.as("admin@citypeers.eu", () -> plans.get(planId).getProgramme().getId());
        assertThat(allowed(email, () -> templates.update(programmeId, as.as("admin@citypeers.eu", () -> templates.forEditing(programmeId)))))
                .as("change the template").isEqualTo(template);
        assertThat(Boolean.TRUE.equals(safely(email, () -> templates.canEdit(programmeId)))).as("may open the template editor")
                .isEqualTo(template);
        assertThat(allowed(email, () -> plans.get(planId))).as("read").isEqualTo(read);
        assertThat(allowed(email, () -> plans.sections(planId))).as("read sections").isEqualTo(read);
        assertThat(allowed(email, () -> comments.threads(planId))).as("read comments").isEqualTo(read);
        assertThat(allowed(email, () -> as.as(email, () -> comments.canStartThread(planId)))
                && Boolean.TRUE.equals(safely(email, () -> comments.canStartThread(planId)))).as("open a thread").isEqualTo(comment);
        assertThat(Boolean.TRUE.equals(safely(email, () -> reviews.canReview(planId)))).as("review").isEqualTo(review);
        // editing: the submitted plan is frozen for everyone but an admin's section edit is still refused
        // unless the plan is editable; what matters is that nobody without the right gets through
        boolean edited = allowed(email, () -> {
            long v = plans.section(planId, PlanSectionKind.MONITORING).getVersion();
            return plans.saveSection(planId, PlanSectionKind.MONITORING, v, SectionContent.ofText("Matrix test " + email));
        });
        if (!edit) {
            assertThat(edited).as("edit").isFalse();
        }
    }

    private boolean allowed(String email, Supplier<?> action) {
        try {
            as.as(email, action);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException
                 | org.springframework.security.authentication.AuthenticationCredentialsNotFoundException
                 | org.citypeers.base.NotFoundException | IllegalStateException | IllegalArgumentException e) {
            return false;
        }
    }

    private Object safely(String email, Supplier<?> action) {
        try {
            return as.as(email, action);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
