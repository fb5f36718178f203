package org.citypeers;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs test code signed in as a demo account (null: as an anonymous visitor), then restores the previous context. */
public class TestUsers {

    private final UserDetailsService users;

    public TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String email, Supplier<T> code) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        if (email == null) {
            context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            UserDetails u = users.loadUserByUsername(email);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, u.getPassword(), u.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
        try {
            return code.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String email, Runnable code) {
        as(email, () -> {
            code.run();
            return null;
        });
    }
}
