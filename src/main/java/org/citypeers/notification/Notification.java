package org.citypeers.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.citypeers.base.AbstractEntity;

/**
 * A message for one person. The text is stored as a message key with arguments, so that it is rendered
 * in the recipient's language whenever it is shown or mailed. Changed only by bulk updates of single
 * columns (read, mail state) so that marking as read never races with the mailer.
 */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    public static final int KEY_MAX = 120;
    public static final int ARGS_MAX = 2000;
    public static final int LINK_MAX = 300;
    /** Separates the arguments in their column; removed from the arguments themselves. */
    static final String SEPARATOR = "\u001f";

    /** Where the e-mail for this notification stands. */
    public enum MailState {
        /** No e-mail: the person does not want one or the server has no SMTP configured. */
        NONE,
        PENDING_IMMEDIATE,
        PENDING_DIGEST,
        SENT
    }

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationType type;

    @Column(name = "message_key", nullable = false, length = KEY_MAX)
    private String messageKey;

    @Column(name = "message_args", nullable = false, length = ARGS_MAX)
    private String messageArgs = "";

    @Column(length = LINK_MAX)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 20)
    private MailState mailState = MailState.NONE;

    @Column(name = "mail_batch", length = 36)
    private String mailBatch;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notification() {}

    Notification(Long userId, NotificationType type, String messageKey, List<String> args, String link, Instant createdAt,
                 MailState mailState) {
        this.userId = userId;
        this.type = type;
        this.messageKey = messageKey;
        this.messageArgs = String.join(SEPARATOR, args.stream().map(a -> a.replace(SEPARATOR, " ")).toList());
        this.link = link;
        this.createdAt = createdAt;
        this.mailState = mailState;
    }

    public Long getUserId() { return userId; }
    public NotificationType getType() { return type; }
    public String getMessageKey() { return messageKey; }
    public Object[] getMessageArgs() {
        return messageArgs.isEmpty() ? new Object[0] : Arrays.stream(messageArgs.split(SEPARATOR, -1)).toArray();
    }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isRead() { return readAt != null; }
    public MailState getMailState() { return mailState; }
    public Instant getMailedAt() { return mailedAt; }
}
