package org.citypeers.notification;

/** What a notification is about; each has its own icon in the bell list. */
public enum NotificationType {
    /** Someone was assigned to a plan (as an expert). */
    ASSIGNMENT,
    /** A plan or a review was submitted. */
    SUBMISSION,
    /** A comment or an answer in a thread the person takes part in. */
    COMMENT,
    /** The person was mentioned in a comment. */
    MENTION,
    /** A decision: a plan approved, changes requested, an award granted or revoked. */
    DECISION
}
