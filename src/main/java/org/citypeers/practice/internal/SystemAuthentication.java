package org.citypeers.practice.internal;

import java.util.function.Supplier;
import org.citypeers.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up work (imports, demo data) as the system, with admin rights, and restores the context after. */
final class SystemAuthentication {

    private SystemAuthentication() {}

    static <T> T run(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.ADMIN)));
        SecurityContextHolder.setContext(ctx);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
