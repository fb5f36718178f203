package org.citypeers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptServiceTest {

    static class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void repeated_failures_lock_an_address_for_a_while_and_then_release_it() {
        MutableClock clock = new MutableClock();
        LoginAttemptService s = new LoginAttemptService(3, Duration.ofMinutes(15), clock);
        s.failed("Someone@Example.org");
        s.failed("someone@example.org");
        assertThat(s.isBlocked("someone@example.org")).isFalse();
        s.failed("someone@example.org");
        assertThat(s.isBlocked("SOMEONE@example.org")).isTrue();
        assertThat(s.isBlocked("other@example.org")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(s.isBlocked("someone@example.org")).isFalse();
    }

    @Test
    void a_successful_sign_in_forgets_earlier_failures() {
        LoginAttemptService s = new LoginAttemptService(2, Duration.ofMinutes(15), new MutableClock());
        s.failed("a@example.org");
        s.succeeded("a@example.org");
        s.failed("a@example.org");
        assertThat(s.isBlocked("a@example.org")).isFalse();
    }
}
