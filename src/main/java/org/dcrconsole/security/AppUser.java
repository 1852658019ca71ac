package org.dcrconsole.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/** A person who signs in to the console. Holds roles and the sites whose data they may see. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 100;
    /** Password length in UTF-8 bytes, as {@link PasswordPolicy} checks it. */
    public static final int PASSWORD_MIN = PasswordPolicy.MIN_BYTES;
    public static final int PASSWORD_MAX = PasswordPolicy.MAX_BYTES;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9._-]+")
    @Column(nullable = false, unique = true)
    private String username = "";

    @PlainText
    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false)
    private String displayName = "";

    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    private boolean active = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "first_failure_at")
    private @Nullable Instant firstFailureAt;

    /** Until when failed sign-ins slow this account down (LoginAttempts); not a lock any more. */
    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;
    /** The user's own language tag ("en", "de"); null lets the browser decide. */
    @Column(name = "language")
    private @Nullable String language;

    @ElementCollection
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection
    @CollectionTable(name = "app_user_site", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "site_id")
    private Set<Long> siteIds = new HashSet<>();

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    @Nullable Instant getFirstFailureAt() {
        return firstFailureAt;
    }

    void setFirstFailureAt(@Nullable Instant firstFailureAt) {
        this.firstFailureAt = firstFailureAt;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    void setLockedUntil(@Nullable Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    void setLanguage(@Nullable String language) {
        this.language = language;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Long> getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(Set<Long> siteIds) {
        this.siteIds = new HashSet<>(siteIds);
    }
}
