package org.citypeers.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The text of a notification as a message key (from any feature's bundle) and its arguments, so that it
 * can be rendered in each recipient's language. Arguments are stored as text.
 */
public record NotificationMessage(String key, List<String> args) {

    public NotificationMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static NotificationMessage of(String key, Object... args) {
        return new NotificationMessage(key, Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
    }
}
