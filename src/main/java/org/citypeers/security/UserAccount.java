package org.citypeers.security;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.citypeers.base.AbstractEntity;
import org.citypeers.base.StringListConverter;

/** A person who signs in: name, e-mail (the login), password hash, roles and an optional affiliation. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 200;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 200)
    private List<String> roles = new ArrayList<>();

    /** The city or organisation the person works for (id of an organisation), if any. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "ui_language", nullable = false, length = 8)
    private String uiLanguage = "en";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected UserAccount() {}

    public UserAccount(String name, String email, String passwordHash) {
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = new ArrayList<>(roles); }
    public boolean hasRole(String role) { return roles.contains(role); }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getUiLanguage() { return uiLanguage; }
    public void setUiLanguage(String uiLanguage) { this.uiLanguage = uiLanguage; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Instant getCreatedAt() { return createdAt; }
}
