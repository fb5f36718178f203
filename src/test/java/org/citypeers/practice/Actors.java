package org.citypeers.practice;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs test code as a demo account, or as an anonymous visitor. */
class Actors {

    private final UserDetailsService users;

    Actors(UserDetailsService users) {
        this.users = users;
    }

    <T> T as(String email, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        try {
            var ctx = SecurityContextHolder.createEmptyContext();
            if (email == null) {
                ctx.setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            } else {
                UserDetails u = users.loadUserByUsername(email);
                ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, u.getPassword(), u.getAuthorities()));
            }
            SecurityContextHolder.setContext(ctx);
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }
}
