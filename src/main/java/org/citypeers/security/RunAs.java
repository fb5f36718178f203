package org.citypeers.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code signed in as an account, outside a web request (demo data goes through the same services,
 * and so the same access checks and notifications, as the people it plays). The previous context is
 * cleared afterwards.
 */
public final class RunAs {

    private RunAs() {}

    public static <T> T as(UserAccount who, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who.getEmail(), null,
                who.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void as(UserAccount who, Runnable action) {
        as(who, () -> {
            action.run();
            return null;
        });
    }
}
