package org.citypeers.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;

/**
 * Throttles password guessing: after {@code maxFailures} failed sign-ins for one e-mail address the
 * address is locked for {@code lockMinutes} minutes. Kept in memory: a restart clears it, which is
 * acceptable for throttling (it is not an audit log).
 */
@Service
public class LoginAttemptService {

    private record Attempts(int failures, Instant lockedUntil) {}

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lock;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    public LoginAttemptService(@Value("${citypeers.security.max-failed-logins:5}") int maxFailures,
                               @Value("${citypeers.security.lock-minutes:15}") int lockMinutes) {
        this(maxFailures, Duration.ofMinutes(lockMinutes), Clock.systemUTC());
    }

    LoginAttemptService(int maxFailures, Duration lock, Clock clock) {
        this.maxFailures = maxFailures;
        this.lock = lock;
        this.clock = clock;
    }

    public boolean isBlocked(String email) {
        Attempts a = attempts.get(key(email));
        return a != null && a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant());
    }

    public void failed(String email) {
        attempts.compute(key(email), (k, a) -> {
            int failures = (a == null ? 0 : a.failures()) + 1;
            Instant until = failures >= maxFailures ? clock.instant().plus(lock) : null;
            return new Attempts(failures >= maxFailures ? 0 : failures, until);
        });
    }

    public void succeeded(String email) {
        attempts.remove(key(email));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetExpired() {
        Instant now = clock.instant();
        attempts.values().removeIf(a -> a.lockedUntil() != null && a.lockedUntil().isBefore(now));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
