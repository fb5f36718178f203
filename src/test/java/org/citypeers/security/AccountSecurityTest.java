package org.citypeers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.citypeers.IntegrationTest;
import org.citypeers.security.UserAccountService.AccountData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

class AccountSecurityTest extends IntegrationTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @LocalServerPort
    int port;

    @Test
    void passwords_are_stored_as_bcrypt_hashes_never_in_clear() {
        UserAccount admin = repository.findByEmailIgnoreCase("admin@citypeers.eu").orElseThrow();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("peer-learning");
        assertThat(encoder.matches("peer-learning", admin.getPasswordHash())).isTrue();
    }

    @Test
    @WithUserDetails("admin@citypeers.eu")
    void an_admin_creates_an_account_and_duplicates_or_weak_passwords_are_refused() {
        UserAccount a = accounts.create(new AccountData("New Expert", "New.Expert@Example.org", "long-enough-pw",
                List.of(Roles.EXPERT), null, "lt", true));
        assertThat(a.getEmail()).isEqualTo("new.expert@example.org");
        assertThat(a.getUiLanguage()).isEqualTo("lt");
        assertThatThrownBy(() -> accounts.create(new AccountData("Dup", "new.expert@example.org", "long-enough-pw",
                List.of(Roles.EXPERT), null, "en", true))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> accounts.create(new AccountData("Weak", "weak@example.org", "short",
                List.of(Roles.EXPERT), null, "en", true))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
    }

    @Test
    @WithUserDetails("admin@citypeers.eu")
    void an_admin_cannot_lock_themselves_out() {
        UserAccount me = repository.findByEmailIgnoreCase("admin@citypeers.eu").orElseThrow();
        assertThatThrownBy(() -> accounts.update(me.getId(), me.getVersion(), new AccountData(me.getName(), me.getEmail(), null,
                List.of(Roles.EXPERT), null, "en", true))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void only_admins_manage_accounts() {
        assertThatThrownBy(() -> accounts.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(new AccountData("X", "x@example.org", "long-enough-pw", List.of(Roles.ADMIN), null,
                "en", true))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("expert2@citypeers.eu")
    void everyone_keeps_their_chosen_language_in_their_account() {
        accounts.changeOwnLanguage("et");
        assertThat(repository.findByEmailIgnoreCase("expert2@citypeers.eu").orElseThrow().getUiLanguage()).isEqualTo("et");
        assertThatThrownBy(() -> accounts.changeOwnLanguage("xx")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_health_endpoint_is_public_and_nothing_else_of_actuator_is() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("diskSpace");
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isNotEqualTo(200);
            assertThat(r.body()).doesNotContain("spring.datasource");
        }
    }
}
