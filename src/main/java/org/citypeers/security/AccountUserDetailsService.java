package org.citypeers.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security; refuses addresses that are locked after repeated failures. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginAttemptService attempts;

    AccountUserDetailsService(UserAccountRepository accounts, LoginAttemptService attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        UserAccount a = accounts.findByEmailIgnoreCase(email.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(a.getEmail())
                .password(a.getPasswordHash())
                .disabled(!a.isEnabled())
                // Spring's pre-authentication check turns this into a LockedException before the password is checked
                .accountLocked(attempts.isBlocked(email))
                .roles(a.getRoles().toArray(String[]::new))
                .build();
    }
}
