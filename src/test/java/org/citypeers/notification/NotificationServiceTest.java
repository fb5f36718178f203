package org.citypeers.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.citypeers.IntegrationTest;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** In-app notifications without SMTP (the test configuration has no spring.mail.host). */
class NotificationServiceTest extends IntegrationTest {

    @Autowired NotificationService notifications;
    @Autowired NotificationMailer mailer;
    @Autowired NotificationPreferenceRepository preferences;
    @Autowired NotificationRepository repository;
    @Autowired UserAccountRepository accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void without_smtp_notifications_are_kept_in_the_app_and_no_mail_is_attempted() {
        UserAccount eva = person();
        preferences.save(new NotificationPreference(eva.getId(), MailMode.DAILY_DIGEST));

        var n = notifications.notify(eva.getId(), NotificationType.SUBMISSION, NotificationMessage.of("notification.test.comment", "x"), "plans/3");

        assertThat(notifications.mailEnabled()).isFalse();
        assertThat(n).get().extracting(Notification::getMailState).isEqualTo(Notification.MailState.NONE);
        assertThat(mailer.sendDigests()).isZero();
        signInAs(eva);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.mine()).extracting(Notification::getLink).containsExactly("plans/3");
    }

    @Test
    void marking_read_lowers_the_unread_count_but_only_for_ones_own_notifications() {
        UserAccount a = person();
        UserAccount b = person();
        Long forA = notifications.notify(a.getId(), NotificationType.COMMENT, NotificationMessage.of("notification.test.comment", "1"), null)
                .orElseThrow().getId();
        notifications.notify(a.getId(), NotificationType.MENTION, NotificationMessage.of("notification.test.comment", "2"), null);

        signInAs(b);
        notifications.markRead(forA);
        signInAs(a);
        assertThat(notifications.unreadCount()).as("b cannot mark a's notification").isEqualTo(2);

        notifications.markRead(forA);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void nobody_is_notified_of_their_own_action() {
        UserAccount a = person();
        signInAs(a);

        assertThat(notifications.notify(a.getId(), NotificationType.COMMENT, NotificationMessage.of("notification.test.comment", "x"), null))
                .isEmpty();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void a_person_changes_their_mail_choice_and_visitors_cannot() {
        UserAccount a = person();
        signInAs(a);
        assertThat(notifications.myMailMode()).isEqualTo(NotificationPreference.DEFAULT);

        notifications.changeMyMailMode(MailMode.DAILY_DIGEST);

        assertThat(notifications.myMailMode()).isEqualTo(MailMode.DAILY_DIGEST);
        signInAnonymously();
        assertThatThrownBy(() -> notifications.changeMyMailMode(MailMode.NONE))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(notifications.unreadCount()).isZero();
    }

    private UserAccount person() {
        UserAccount a = new UserAccount("Notified", "n-" + UUID.randomUUID() + "@example.test", "{noop}unused-password");
        a.setRoles(List.of("EXPERT"));
        return accounts.save(a);
    }

    static void signInAnonymously() {
        SecurityContextHolder.getContext().setAuthentication(new org.springframework.security.authentication.AnonymousAuthenticationToken(
                "anonymous", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
    }

    static void signInAs(UserAccount a) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                a.getEmail(), null, a.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    }
}
