package org.citypeers.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.BundleI18NProvider;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends notifications by e-mail when SMTP is configured ({@code spring.mail.host}; Spring Boot then
 * provides a {@link JavaMailSender}); without it the application works with in-app notifications only.
 * Each mail is first claimed in the database (pending to sent, in one conditional update), then sent, so
 * two runs or two servers never send the same notification twice; a failed send gives its claim back.
 * Texts are in the recipient's UI language. See docs/mail.md.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private volatile JavaMailSender sender;
    private final NotificationRepository notifications;
    private final UserAccountRepository accounts;
    private final BundleI18NProvider i18n;
    private final TransactionTemplate tx;
    private final String from;
    private final String baseUrl;
    private final Executor executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notification-mail");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock = Clock.systemUTC();

    NotificationMailer(ObjectProvider<JavaMailSender> sender, NotificationRepository notifications,
                       UserAccountRepository accounts, BundleI18NProvider i18n, PlatformTransactionManager txManager,
                       @Value("${citypeers.mail.from:CityPeers <no-reply@citypeers.eu>}") String from,
                       @Value("${citypeers.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender.getIfAvailable();
        this.notifications = notifications;
        this.accounts = accounts;
        this.i18n = i18n;
        this.tx = new TransactionTemplate(txManager);
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        log.info(enabled() ? "E-mail notifications are on" : "E-mail notifications are off (spring.mail.host is not set)");
    }

    boolean enabled() {
        return sender != null;
    }

    /**
     * Replaces the mail sender (null: e-mail off). For tests against an in-process SMTP server inside the
     * shared test application: a second application context would be needed otherwise.
     */
    void setSender(JavaMailSender sender) {
        this.sender = sender;
    }

    JavaMailSender sender() {
        return sender;
    }

    @TransactionalEventListener
    void onCreated(NotificationCreated event) {
        executor.execute(() -> sendImmediate(event.notificationId()));
    }

    /** Retries immediate mails that could not be sent (SMTP server down) every few minutes. */
    @Scheduled(fixedDelayString = "${citypeers.mail.retry-delay:PT5M}", initialDelayString = "${citypeers.mail.retry-delay:PT5M}")
    void retryImmediate() {
        if (enabled()) {
            for (Long id : tx.execute(s -> notifications.findIdsByMailState(Notification.MailState.PENDING_IMMEDIATE))) {
                sendImmediate(id);
            }
        }
    }

    /** Sends one notification at once; false when it was not pending any more (sent by someone else). */
    boolean sendImmediate(Long notificationId) {
        if (!enabled()) {
            return false;
        }
        String batch = UUID.randomUUID().toString();
        Integer claimed = tx.execute(s -> notifications.claim(notificationId, Notification.MailState.PENDING_IMMEDIATE,
                batch, clock.instant()));
        if (claimed == null || claimed == 0) {
            return false;
        }
        return send(batch, Notification.MailState.PENDING_IMMEDIATE);
    }

    /**
     * Sends each person who chose the daily digest one mail with all their notifications not mailed yet.
     * Returns the number of mails sent.
     */
    @Scheduled(cron = "${citypeers.mail.digest-cron:0 0 7 * * *}", zone = "${citypeers.mail.digest-zone:UTC}")
    int sendDigests() {
        if (!enabled()) {
            return 0;
        }
        int sent = 0;
        for (Long userId : tx.execute(s -> notifications.findUsersWithMailState(Notification.MailState.PENDING_DIGEST))) {
            String batch = UUID.randomUUID().toString();
            Integer claimed = tx.execute(s -> notifications.claimAll(userId, Notification.MailState.PENDING_DIGEST, batch,
                    clock.instant()));
            if (claimed != null && claimed > 0 && send(batch, Notification.MailState.PENDING_DIGEST)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(String batch, Notification.MailState onFailure) {
        List<Notification> items = tx.execute(s -> notifications.findByMailBatchOrderByCreatedAtAscIdAsc(batch));
        if (items == null || items.isEmpty()) {
            return false;
        }
        UserAccount to = accounts.findById(items.getFirst().getUserId()).orElse(null);
        if (to == null) {
            return false;
        }
        try {
            sender.send(compose(to, items, onFailure == Notification.MailState.PENDING_DIGEST));
            return true;
        } catch (MailException e) {
            log.warn("Could not send a notification mail to {}: {}", to.getEmail(), e.getMessage());
            tx.executeWithoutResult(s -> notifications.release(batch, onFailure));
            return false;
        }
    }

    private SimpleMailMessage compose(UserAccount to, List<Notification> items, boolean digest) {
        Locale locale = Languages.uiLocale(to.getUiLanguage());
        StringBuilder body = new StringBuilder();
        body.append(i18n.getTranslation("notification.mail.greeting", locale, to.getName())).append("\n\n");
        for (Notification n : items) {
            body.append(digest ? "- " : "").append(render(n, locale)).append('\n');
            if (n.getLink() != null) {
                body.append(digest ? "  " : "").append(url(n.getLink())).append('\n');
            }
            body.append('\n');
        }
        body.append("-- \n").append(i18n.getTranslation("notification.mail.footer", locale, url("account/notifications")));
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to.getEmail());
        mail.setSubject(digest
                ? i18n.getTranslation("notification.mail.digestSubject", locale, items.size())
                : i18n.getTranslation("notification.mail.subject", locale, render(items.getFirst(), locale)));
        mail.setText(body.toString());
        return mail;
    }

    String render(Notification n, Locale locale) {
        return i18n.getTranslation(n.getMessageKey(), locale, n.getMessageArgs());
    }

    private String url(String link) {
        return baseUrl + "/" + (link.startsWith("/") ? link.substring(1) : link);
    }
}
