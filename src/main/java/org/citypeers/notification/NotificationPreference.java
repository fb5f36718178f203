package org.citypeers.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citypeers.base.AbstractEntity;

/** A person's choice of e-mail for notifications. Without a row, {@link #DEFAULT} applies. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends AbstractEntity {

    public static final MailMode DEFAULT = MailMode.IMMEDIATE;

    @Column(name = "user_id", nullable = false, unique = true)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_mode", nullable = false, length = 20)
    private MailMode mailMode;

    protected NotificationPreference() {}

    NotificationPreference(Long userId, MailMode mailMode) {
        this.userId = userId;
        this.mailMode = mailMode;
    }

    public Long getUserId() { return userId; }
    public MailMode getMailMode() { return mailMode; }
    void setMailMode(MailMode mailMode) { this.mailMode = mailMode; }
}
