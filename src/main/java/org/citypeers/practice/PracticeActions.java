package org.citypeers.practice;

/** What the signed-in person may do with one practice right now (the views show buttons accordingly). */
public record PracticeActions(boolean edit, boolean submit, boolean validate, boolean publish, boolean sendBack,
                              boolean reject, boolean delete, boolean attach) {}
