package org.citypeers.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;
import org.citypeers.ViewTest;
import org.citypeers.notification.MailMode;
import org.citypeers.notification.NotificationMessage;
import org.citypeers.notification.NotificationService;
import org.citypeers.notification.NotificationType;
import org.citypeers.security.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class NotificationViewsTest extends ViewTest {

    @Autowired NotificationService notifications;
    @Autowired NotificationBellContribution bell;
    @Autowired UserAccountRepository accounts;

    @Test
    @WithUserDetails("lublin@citypeers.eu")
    @SuppressWarnings("unchecked")
    void a_person_chooses_the_daily_digest_and_learns_that_mail_is_off_on_this_server() {
        navigate(NotificationSettingsView.class);

        assertThat($(Paragraph.class).withId("notification-mail-off").exists()).isTrue();
        ((RadioButtonGroup<MailMode>) $(RadioButtonGroup.class).id("notification-mail-mode")).setValue(MailMode.DAILY_DIGEST);
        test($(Button.class).id("notification-settings-save")).click();

        assertThat(notifications.myMailMode()).isEqualTo(MailMode.DAILY_DIGEST);
    }

    @Test
    @WithUserDetails("coordinator2@citypeers.eu")
    void the_bell_shows_the_unread_count_of_the_signed_in_person() {
        Long me = accounts.findByEmailIgnoreCase("coordinator2@citypeers.eu").orElseThrow().getId();
        notifications.markAllRead();
        org.springframework.security.core.context.SecurityContext mine =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        notifications.notify(me, NotificationType.DECISION, NotificationMessage.of("notification.test.comment", "A"), null);
        notifications.notify(me, NotificationType.DECISION, NotificationMessage.of("notification.test.comment", "B"), null);
        org.springframework.security.core.context.SecurityContextHolder.setContext(mine);

        NotificationBell b = (NotificationBell) bell.create().orElseThrow();

        Span count = (Span) b.getChildren().filter(c -> c.getId().equals(Optional.of("notification-count"))).findFirst().orElseThrow();
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("2");
        notifications.markAllRead();
        b.refresh();
        assertThat(count.isVisible()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void visitors_have_no_bell() {
        assertThat(bell.create()).isEmpty();
    }
}
