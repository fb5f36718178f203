package org.citypeers.notification;

/** How a person wants notifications by e-mail (in the app they always appear). */
public enum MailMode {
    NONE,
    IMMEDIATE,
    DAILY_DIGEST
}
