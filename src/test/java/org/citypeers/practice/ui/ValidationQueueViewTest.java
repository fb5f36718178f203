package org.citypeers.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.function.Supplier;
import org.citypeers.ViewTest;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeData;
import org.citypeers.practice.PracticeService;
import org.citypeers.practice.PracticeStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class ValidationQueueViewTest extends ViewTest {

    @Autowired PracticeService practices;
    @Autowired UserDetailsService users;

    private <T> T asCoordinator(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        try {
            UserDetails u = users.loadUserByUsername("coordinator@citypeers.eu");
            var ctx = SecurityContextHolder.createEmptyContext();
            ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
            SecurityContextHolder.setContext(ctx);
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private GoodPractice submittedByTaurage(String title) {
        return asCoordinator(() -> {
            GoodPractice p = practices.create(PracticeData.minimal(title,
                    "Pupils and pensioners repair bicycles together in an empty garage.", null, null, null));
            return practices.submit(p.getId(), p.getVersion());
        });
    }

    @Test
    @WithUserDetails("expert@citypeers.eu")
    void an_expert_validates_and_publishes_a_submitted_practice_from_the_queue() {
        String title = "Bicycle repair café " + UUID.randomUUID().toString().substring(0, 6);
        GoodPractice p = submittedByTaurage(title);
        navigate("validation", ValidationQueueView.class);
        Div queue = $(Div.class).id("queue-submitted");
        assertThat(queue.getChildren()).anyMatch(c -> c.getId().orElse("").equals("practice-card-" + p.getId()));

        navigate("practices/" + p.getId(), PracticeDetailsView.class);
        assertThat($(H1.class).id("practice-title").getText()).isEqualTo(title);
        test($(Button.class).id("practice-validate")).click();
        assertThat(practices.findForIndex(p.getId()).orElseThrow().status()).isEqualTo(PracticeStatus.VALIDATED);
        test($(Button.class).id("practice-publish")).click();
        assertThat(practices.findForIndex(p.getId()).orElseThrow().status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat($(Div.class).id("practice-history").getElement().getTextRecursively()).contains("Published", "Validated",
                "Submitted for validation", "Erik Expert");

        navigate("validation", ValidationQueueView.class);
        assertThat($(Div.class).all()).noneMatch(c -> c.getId().orElse("").equals("practice-card-" + p.getId()));
    }

    @Test
    @WithUserDetails("expert@citypeers.eu")
    void sending_back_needs_a_reason_which_the_city_then_sees() {
        GoodPractice p = submittedByTaurage("Returned garage " + UUID.randomUUID().toString().substring(0, 6));
        navigate("practices/" + p.getId(), PracticeDetailsView.class);
        test($(Button.class).id("practice-send-back")).click();
        test($(Button.class).id("reason-confirm")).click();
        assertThat($(TextArea.class).id("reason-text").isInvalid()).isTrue();
        assertThat(practices.findForIndex(p.getId()).orElseThrow().status()).isEqualTo(PracticeStatus.SUBMITTED);
        test($(TextArea.class).id("reason-text")).setValue("Please describe the results.");
        test($(Button.class).id("reason-confirm")).click();
        assertThat(practices.findForIndex(p.getId()).orElseThrow().status()).isEqualTo(PracticeStatus.RETURNED);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("practice-status-reason").getText())
                .contains("Please describe the results.");
    }

    @Test
    @WithAnonymousUser
    void a_visitor_gets_not_found_for_a_submitted_practice() {
        GoodPractice p = submittedByTaurage("Hidden garage " + UUID.randomUUID().toString().substring(0, 6));
        navigate("practices/" + p.getId(), org.citypeers.base.ui.RecordNotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Page not found");
        assertThat($(H1.class).all()).noneMatch(h -> h.getText().startsWith("Hidden garage"));
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void saving_an_empty_practice_form_shows_messages_under_the_required_fields() {
        long before = practices.count();
        navigate("practices/new/edit", PracticeEditView.class);
        test($(Button.class).id("save-practice")).click();
        TextField title = $(TextField.class).id("practice-title-field");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat($(TextArea.class).id("practice-summary-field").isInvalid()).isTrue();
        assertThat(practices.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_coordinator_creates_a_draft_of_her_city_through_the_form() {
        String title = "Form draft " + UUID.randomUUID().toString().substring(0, 6);
        navigate("practices/new/edit", PracticeEditView.class);
        test($(TextField.class).id("practice-title-field")).setValue(title);
        test($(TextArea.class).id("practice-summary-field")).setValue("A short summary of the practice.");
        test($(Button.class).id("save-practice")).click();
        assertThat(practices.findMine()).anyMatch(p -> p.getTitle().equals(title) && p.getStatus() == PracticeStatus.DRAFT
                && p.getCityName().equals("Tauragė"));
    }
}
