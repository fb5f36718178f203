package org.citypeers.review;

import java.util.Set;

/** Event: a comment was posted (a new thread or an answer). {@code mentionedUserIds} are the people mentioned in it. */
public record CommentPosted(long planId, long threadId, long commentId, long authorId, String sectionKey, Long actionId,
                            boolean newThread, Set<Long> mentionedUserIds) {}
