package org.citypeers.demo;

import java.util.List;
import org.citypeers.security.Roles;

/** The demo accounts, one or more per role; all share one password that the log and README print. */
public final class DemoAccounts {

    public static final String PASSWORD = "peer-learning";

    public record Account(String email, String name, String role, String city) {}

    public static final List<Account> ALL = List.of(
            new Account("admin@citypeers.eu", "Ada Admin", Roles.ADMIN, null),
            new Account("manager@citypeers.eu", "Magdalena Manager", Roles.PROGRAMME_MANAGER, "NCK"),
            new Account("expert@citypeers.eu", "Erik Expert", Roles.EXPERT, "Danish Cultural Institute"),
            new Account("expert2@citypeers.eu", "Eeva Expert", Roles.EXPERT, "Viljandi"),
            new Account("coordinator@citypeers.eu", "Rūta Coordinator", Roles.CITY_COORDINATOR, "Tauragė"),
            new Account("coordinator2@citypeers.eu", "Jonas Coordinator", Roles.CITY_COORDINATOR, "Tauragė"),
            new Account("lublin@citypeers.eu", "Lena Lublin", Roles.CITY_COORDINATOR, "Lublin"));

    private DemoAccounts() {}
}
