package org.citypeers.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.citypeers.security.CurrentUser;
import org.citypeers.security.UserAccount;
import org.citypeers.security.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications for people: stored per person and shown by the bell; mailed at once or in a daily digest
 * when the person wants it and the server has SMTP configured (see {@link NotificationMailer}).
 * Other features call {@link #notify}; everything else acts for the signed-in person only.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** How many notifications the bell list shows. */
    public static final int LIST_SIZE = 30;

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final NotificationMailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
                        UserAccountRepository accounts, CurrentUser currentUser, NotificationMailer mailer,
                        ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.events = events;
    }

    /**
     * Notifies one person. Joins the caller's transaction, so the notification exists only if the caller's
     * change commits; an immediate e-mail leaves after that commit. Nobody is notified of their own action:
     * when {@code userId} is the signed-in person, nothing happens and empty is returned.
     *
     * @param link a path inside the application (e.g. {@code plans/12}), or null
     */
    @Transactional
    public Optional<Notification> notify(Long userId, NotificationType type, NotificationMessage message, String link) {
        if (message.key().length() > Notification.KEY_MAX || (link != null && link.length() > Notification.LINK_MAX)) {
            throw new IllegalArgumentException("Notification key or link too long");
        }
        Optional<UserAccount> recipient = accounts.findById(userId);
        if (recipient.isEmpty() || currentUser.get().map(me -> me.getId().equals(userId)).orElse(false)) {
            return Optional.empty();
        }
        Notification.MailState mailState = mailStateFor(recipient.get());
        List<String> args = message.args().stream().map(a -> a.length() > 300 ? a.substring(0, 300) + "…" : a).toList();
        Notification n = notifications.save(new Notification(userId, type, message.key(), args, link, clock.instant(), mailState));
        if (mailState == Notification.MailState.PENDING_IMMEDIATE) {
            events.publishEvent(new NotificationCreated(n.getId()));
        }
        return Optional.of(n);
    }

    /** Notifies several people with the same message (each once, never the signed-in person). */
    @Transactional
    public void notifyAll(Collection<Long> userIds, NotificationType type, NotificationMessage message, String link) {
        new LinkedHashSet<>(userIds).forEach(id -> notify(id, type, message, link));
    }

    /** The signed-in person's latest notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Notification> mine() {
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(currentUser.require().getId(), PageRequest.of(0, LIST_SIZE));
    }

    /** How many of the signed-in person's notifications are unread (0 for visitors). */
    public long unreadCount() {
        return currentUser.get().map(me -> notifications.countByUserIdAndReadAtIsNull(me.getId())).orElse(0L);
    }

    /** Marks one of the signed-in person's notifications read; someone else's is left alone. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(Long notificationId) {
        notifications.markRead(notificationId, currentUser.require().getId(), clock.instant());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().getId(), clock.instant());
    }

    /** The signed-in person's e-mail choice. */
    @PreAuthorize("isAuthenticated()")
    public MailMode myMailMode() {
        return modeOf(currentUser.require().getId());
    }

    /** Changes the signed-in person's e-mail choice; choosing no e-mail also drops mails still waiting. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyMailMode(MailMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("Choose how you want e-mail.");
        }
        Long me = currentUser.require().getId();
        NotificationPreference p = preferences.findByUserId(me).orElseGet(() -> new NotificationPreference(me, mode));
        p.setMailMode(mode);
        preferences.save(p);
        if (mode == MailMode.NONE) {
            notifications.cancelPending(me);
        }
    }

    /** Whether e-mail can be sent at all (SMTP configured). */
    public boolean mailEnabled() {
        return mailer.enabled();
    }

    MailMode modeOf(Long userId) {
        return preferences.findByUserId(userId).map(NotificationPreference::getMailMode).orElse(NotificationPreference.DEFAULT);
    }

    private Notification.MailState mailStateFor(UserAccount recipient) {
        if (!mailer.enabled() || !recipient.isEnabled()) {
            return Notification.MailState.NONE;
        }
        return switch (modeOf(recipient.getId())) {
            case IMMEDIATE -> Notification.MailState.PENDING_IMMEDIATE;
            case DAILY_DIGEST -> Notification.MailState.PENDING_DIGEST;
            case NONE -> Notification.MailState.NONE;
        };
    }
}
