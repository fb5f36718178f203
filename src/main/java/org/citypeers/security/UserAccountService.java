package org.citypeers.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citypeers.base.Languages;
import org.citypeers.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages accounts: admins create and change them; everyone may change their own UI language. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    public static final int MIN_PASSWORD = 10;

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    public UserAccountService(UserAccountRepository accounts, PasswordEncoder encoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    /** What an admin may set on an account. Password may be null to keep the current one. */
    public record AccountData(String name, String email, String password, List<String> roles, Long organisationId,
                              String uiLanguage, boolean enabled) {}

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> findAll() {
        return accounts.findAllByOrderByNameAsc();
    }

    @PreAuthorize("isAuthenticated()")
    public List<UserAccount> findByRole(String role) {
        return accounts.findAllByOrderByNameAsc().stream().filter(a -> a.hasRole(role) && a.isEnabled()).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<UserAccount> findById(Long id) {
        return accounts.findById(id);
    }

    /** Creates an account. Fails with a readable message on duplicate e-mail or weak password. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(AccountData data) {
        validate(data, true);
        if (accounts.existsByEmailIgnoreCase(data.email().trim())) {
            throw new IllegalArgumentException("An account with this e-mail already exists.");
        }
        UserAccount a = new UserAccount(data.name().trim(), data.email().trim().toLowerCase(Locale.ROOT),
                encoder.encode(data.password()));
        apply(a, data);
        return accounts.save(a);
    }

    /** Updates an account; {@code expectedVersion} guards against two admins saving at once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(Long id, long expectedVersion, AccountData data) {
        UserAccount a = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
        if (a.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        validate(data, false);
        String email = data.email().trim().toLowerCase(Locale.ROOT);
        if (!a.getEmail().equalsIgnoreCase(email) && accounts.existsByEmailIgnoreCase(email)) {
            throw new IllegalArgumentException("An account with this e-mail already exists.");
        }
        UserAccount me = currentUser.require();
        if (me.getId().equals(id) && (!data.enabled() || !data.roles().contains(Roles.ADMIN))) {
            throw new IllegalArgumentException("You cannot disable your own account or remove your own admin role.");
        }
        a.setName(data.name().trim());
        a.setEmail(email);
        if (data.password() != null && !data.password().isBlank()) {
            a.setPasswordHash(encoder.encode(data.password()));
        }
        apply(a, data);
        return accounts.save(a);
    }

    /** Stores the signed-in person's UI language so that it follows them to other devices. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnLanguage(String language) {
        if (!Languages.isUiLanguage(language)) {
            throw new IllegalArgumentException("Unknown language: " + language);
        }
        UserAccount me = currentUser.require();
        me.setUiLanguage(language);
        accounts.save(me);
    }

    /** Creates the first admin; used only by the bootstrap, never from the UI. */
    @Transactional
    UserAccount createInitialAdmin(String name, String email, String password) {
        AccountData data = new AccountData(name, email, password, List.of(Roles.ADMIN), null, "en", true);
        validate(data, true);
        UserAccount a = new UserAccount(name, email.trim().toLowerCase(Locale.ROOT), encoder.encode(password));
        apply(a, data);
        return accounts.save(a);
    }

    private void apply(UserAccount a, AccountData data) {
        a.setRoles(data.roles());
        a.setOrganisationId(data.organisationId());
        a.setUiLanguage(Languages.isUiLanguage(data.uiLanguage()) ? data.uiLanguage() : "en");
        a.setEnabled(data.enabled());
    }

    private static void validate(AccountData d, boolean passwordRequired) {
        if (d.name() == null || d.name().isBlank() || d.name().length() > UserAccount.NAME_MAX) {
            throw new IllegalArgumentException("Give a name of at most " + UserAccount.NAME_MAX + " characters.");
        }
        if (d.email() == null || !d.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                || d.email().length() > UserAccount.EMAIL_MAX) {
            throw new IllegalArgumentException("Give a valid e-mail address.");
        }
        boolean hasPassword = d.password() != null && !d.password().isBlank();
        if ((passwordRequired || hasPassword) && (d.password() == null || d.password().length() < MIN_PASSWORD)) {
            throw new IllegalArgumentException("The password needs at least " + MIN_PASSWORD + " characters.");
        }
        if (d.roles() == null || d.roles().isEmpty() || !Roles.ALL.containsAll(d.roles())) {
            throw new IllegalArgumentException("Choose at least one role.");
        }
    }
}
