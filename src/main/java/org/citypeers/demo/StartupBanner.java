package org.citypeers.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where CityPeers answers and, in the demo, the accounts to sign in with. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment env;
    private final boolean demo;

    StartupBanner(Environment env, @Value("${citypeers.demo.enabled:false}") boolean demo) {
        this.env = env;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (env.getProperty("citypeers.eval.corpus") != null || env.getProperty("citypeers.benchmark") != null) {
            return;
        }
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        StringBuilder sb = new StringBuilder("\n\n  CityPeers is running at http://localhost:").append(port).append("\n");
        if (demo) {
            sb.append("  Demo accounts (password for all: ").append(DemoAccounts.PASSWORD).append("):\n");
            for (DemoAccounts.Account a : DemoAccounts.ALL) {
                sb.append(String.format("    %-28s %s%n", a.email(), a.role() + (a.city() == null ? "" : " – " + a.city())));
            }
        }
        log.info(sb.toString());
    }
}
