package org.citypeers.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByUserIdOrderByCreatedAtDescIdDesc(Long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(Long userId);

    List<Notification> findByMailBatchOrderByCreatedAtAscIdAsc(String mailBatch);

    @Query("select n.id from Notification n where n.mailState = :state order by n.id")
    List<Long> findIdsByMailState(@Param("state") Notification.MailState state);

    @Query("select distinct n.userId from Notification n where n.mailState = :state")
    List<Long> findUsersWithMailState(@Param("state") Notification.MailState state);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.id = :id and n.userId = :userId and n.readAt is null")
    int markRead(@Param("id") Long id, @Param("userId") Long userId, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
    int markAllRead(@Param("userId") Long userId, @Param("now") Instant now);

    /** Claims one pending mail for a batch; 0 when another run claimed it first (so it is never sent twice). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.mailState = org.citypeers.notification.Notification.MailState.SENT, "
            + "n.mailBatch = :batch, n.mailedAt = :now where n.id = :id and n.mailState = :state")
    int claim(@Param("id") Long id, @Param("state") Notification.MailState state, @Param("batch") String batch,
              @Param("now") Instant now);

    /** Claims all of a person's pending mails of one kind for a batch. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.mailState = org.citypeers.notification.Notification.MailState.SENT, "
            + "n.mailBatch = :batch, n.mailedAt = :now where n.userId = :userId and n.mailState = :state")
    int claimAll(@Param("userId") Long userId, @Param("state") Notification.MailState state, @Param("batch") String batch,
                 @Param("now") Instant now);

    /** Gives a batch back when its mail could not be sent, so that the next run tries again. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.mailState = :state, n.mailBatch = null, n.mailedAt = null where n.mailBatch = :batch")
    int release(@Param("batch") String batch, @Param("state") Notification.MailState state);

    /** Drops a person's mails still waiting (they chose no e-mail). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.mailState = org.citypeers.notification.Notification.MailState.NONE "
            + "where n.userId = :userId and n.mailState <> org.citypeers.notification.Notification.MailState.SENT")
    int cancelPending(@Param("userId") Long userId);
}
