package org.citypeers.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code citypeers.admin.email} / {@code citypeers.admin.password}
 * (environment: CITYPEERS_ADMIN_EMAIL / CITYPEERS_ADMIN_PASSWORD) when no administrator exists yet.
 * There is no default password: without both settings nothing is created and the log says how.
 * Runs after the demo data (which brings its own administrator), so a demo start does not warn.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final UserAccountService service;
    private final String email;
    private final String password;

    AdminBootstrap(UserAccountRepository accounts, UserAccountService service,
                   @Value("${citypeers.admin.email:}") String email,
                   @Value("${citypeers.admin.password:}") String password) {
        this.accounts = accounts;
        this.service = service;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.countByRole(Roles.ADMIN) > 0) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("No administrator exists. Set CITYPEERS_ADMIN_EMAIL and CITYPEERS_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create the first one.", UserAccountService.MIN_PASSWORD);
            return;
        }
        try {
            service.createInitialAdmin("Administrator", email, password);
            log.info("Created the first administrator account {}", email);
        } catch (IllegalArgumentException e) {
            log.error("Could not create the first administrator: {}", e.getMessage());
        }
    }
}
