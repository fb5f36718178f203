package org.citypeers.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.citypeers.IntegrationTest;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** E-mail notifications against an in-process SMTP server (GreenMail), immediately and as a daily digest. */
class NotificationMailTest extends IntegrationTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    private org.springframework.mail.javamail.JavaMailSender before;

    /**
     * Points the mailer at GreenMail, as Spring Boot does when {@code spring.mail.host} is set. Done inside the
     * shared test application: a second application context (own properties) would replace Vaadin's global
     * security-context strategy and break later tests that sign in.
     */
    @BeforeEach
    void smtpOn() {
        before = mailer.sender();
        org.springframework.mail.javamail.JavaMailSenderImpl sender = new org.springframework.mail.javamail.JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        mailer.setSender(sender);
    }

    @AfterEach
    void smtpOff() {
        mailer.setSender(before);
    }

    @Autowired NotificationService notifications;
    @Autowired NotificationMailer mailer;
    @Autowired NotificationPreferenceRepository preferences;
    @Autowired NotificationRepository repository;
    @Autowired UserAccountRepository accounts;
    @Autowired org.citypeers.base.ui.BundleI18NProvider i18n;

    @Test
    void an_immediate_notification_arrives_by_mail_with_its_link() throws Exception {
        UserAccount anna = person("en", MailMode.IMMEDIATE);

        notifications.notify(anna.getId(), NotificationType.COMMENT,
                NotificationMessage.of("notification.test.comment", "Tauragė plan"), "reviews/42");

        assertThat(waitForMails(anna, 1)).hasSize(1);
        MimeMessage mail = mailsTo(anna)[0];
        assertThat(mail.getSubject()).contains("New comment on Tauragė plan");
        assertThat((String) mail.getContent()).contains("/reviews/42");
        assertThat(repository.findByUserIdOrderByCreatedAtDescIdDesc(anna.getId(), org.springframework.data.domain.Pageable.unpaged()))
                .allMatch(n -> n.getMailState() == Notification.MailState.SENT);
    }

    @Test
    void the_mail_is_written_in_the_recipients_language() throws Exception {
        UserAccount piotr = person("pl", MailMode.IMMEDIATE);

        notifications.notify(piotr.getId(), NotificationType.DECISION, NotificationMessage.of("nav.home"), null);

        assertThat(waitForMails(piotr, 1)).hasSize(1);
        String polish = i18n.getTranslation("nav.home", java.util.Locale.forLanguageTag("pl"));
        assertThat(polish).isNotEqualTo(i18n.getTranslation("nav.home", java.util.Locale.ENGLISH));
        assertThat(mailsTo(piotr)[0].getSubject()).isEqualTo("CityPeers: " + polish);
    }

    @Test
    void a_daily_digest_collects_several_notifications_into_one_mail_and_is_not_sent_twice() throws Exception {
        UserAccount daina = person("en", MailMode.DAILY_DIGEST);
        for (String plan : new String[] {"Kuldīga", "Słupsk", "Viljandi"}) {
            notifications.notify(daina.getId(), NotificationType.COMMENT, NotificationMessage.of("notification.test.comment", plan),
                    "plans/1");
        }
        Thread.sleep(300);
        assertThat(mailsTo(daina)).as("nothing before the digest runs").isEmpty();

        assertThat(mailer.sendDigests()).isGreaterThanOrEqualTo(1);
        assertThat(waitForMails(daina, 1)).hasSize(1);
        MimeMessage digest = mailsTo(daina)[0];
        assertThat(digest.getSubject()).isEqualTo("CityPeers: 3 new notifications");
        assertThat((String) digest.getContent()).contains("Kuldīga", "Słupsk", "Viljandi");

        mailer.sendDigests();
        Thread.sleep(300);
        assertThat(mailsTo(daina)).as("a second run sends nothing again").hasSize(1);
    }

    @Test
    void someone_who_wants_no_mail_gets_none() throws Exception {
        UserAccount quiet = person("en", MailMode.NONE);

        notifications.notify(quiet.getId(), NotificationType.MENTION, NotificationMessage.of("notification.test.comment", "x"), null);
        mailer.sendDigests();
        Thread.sleep(500);

        assertThat(mailsTo(quiet)).isEmpty();
        assertThat(notifications.mailEnabled()).isTrue();
    }

    private UserAccount person(String language, MailMode mode) {
        String email = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@m" + UUID.randomUUID().toString().substring(0, 6) + ".test";
        UserAccount a = new UserAccount("Mail Tester", email, "{noop}unused-password");
        a.setRoles(java.util.List.of("EXPERT"));
        a.setUiLanguage(language);
        a = accounts.save(a);
        preferences.save(new NotificationPreference(a.getId(), mode));
        return a;
    }

    private MimeMessage[] mailsTo(UserAccount a) {
        return SMTP.getReceivedMessagesForDomain(a.getEmail().substring(a.getEmail().indexOf('@') + 1));
    }

    private MimeMessage[] waitForMails(UserAccount a, int count) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (mailsTo(a).length < count && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        return mailsTo(a);
    }
}
