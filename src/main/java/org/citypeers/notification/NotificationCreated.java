package org.citypeers.notification;

/** Published when a notification waits for an immediate e-mail; the mailer sends it after commit. */
record NotificationCreated(Long notificationId) {}
