package org.dcrconsole.security;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.TranslationProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Administration of the people who sign in: ADMIN only. */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A page of users whose name contains the filter (all when blank). */
    @Transactional(readOnly = true)
    public Slice<UserRow> list(@Nullable String filter, Pageable pageable) {
        Slice<AppUser> page = filter == null || filter.isBlank()
                ? users.findAllBy(pageable)
                : users.findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(filter.strip(),
                        filter.strip(), pageable);
        return page.map(UserService::toRow);
    }

    /** One user with roles and sites loaded, ready for an edit form. */
    @Transactional(readOnly = true)
    public AppUser get(long id) {
        AppUser user = users.findById(id).orElseThrow(() -> new BusinessException("error.notFound"));
        user.getRoles().size();
        user.getSiteIds().size();
        return user;
    }

    /**
     * Creates or updates a user. A new user needs a password; for an existing one a non-blank
     * password resets it. A stale copy (someone saved in between) fails with an optimistic
     * locking exception and changes nothing.
     */
    @Transactional
    public AppUser save(@Valid AppUser user, @Nullable String newPassword) {
        if (user.getRoles().isEmpty()) {
            throw new BusinessException("roles", "user.error.noRole");
        }
        boolean setPassword = newPassword != null && !newPassword.isEmpty();
        if (user.isNew() && !setPassword) {
            throw new BusinessException("password", "user.error.passwordRequired");
        }
        if (setPassword) {
            checkPassword(newPassword);
            user.setPasswordHash(passwordEncoder.encode(newPassword));
        }
        if (user.isNew() && users.existsByUsername(user.getUsername())) {
            throw new BusinessException("username", "user.error.usernameTaken", user.getUsername());
        }
        if (!user.isNew()) {
            AppUser stored = users.findById(user.getId()).orElseThrow(() -> new BusinessException("error.notFound"));
            if (!stored.getUsername().equals(user.getUsername()) && users.existsByUsername(user.getUsername())) {
                throw new BusinessException("username", "user.error.usernameTaken", user.getUsername());
            }
            if (!setPassword) {
                user.setPasswordHash(stored.getPasswordHash());
            }
            user.setFailedLogins(stored.getFailedLogins());
            user.setFirstFailureAt(stored.getFirstFailureAt());
            user.setLockedUntil(stored.getLockedUntil());
        }
        return users.saveAndFlush(user);
    }

    /** Deactivates or reactivates a user; a deactivated user can no longer sign in. */
    @Transactional
    public void setActive(long id, boolean active) {
        AppUser user = users.findById(id).orElseThrow(() -> new BusinessException("error.notFound"));
        if (!active && user.getUsername().equals(CurrentUser.username())) {
            throw new BusinessException("user.error.deactivateSelf");
        }
        user.setActive(active);
    }

    /** Lifts a lockout after too many failed sign-ins before it expires by itself. */
    @Transactional
    public void unlock(long id) {
        AppUser user = users.findById(id).orElseThrow(() -> new BusinessException("error.notFound"));
        user.setLockedUntil(null);
        user.setFailedLogins(0);
        user.setFirstFailureAt(null);
    }

    /** Whether the user is locked out right now. */
    @Transactional(readOnly = true)
    public boolean isLocked(long id) {
        Instant until = users.findById(id).map(AppUser::getLockedUntil).orElse(null);
        return until != null && until.isAfter(clock.instant());
    }

    /**
     * The active users holding a site and a role, by display name: reviewers, owners of
     * follow-up actions. Open to anyone signed in who holds the site.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.List<UserRef> colleagues(long siteId, Role role) {
        CurrentUser.requireSite(siteId);
        return users.findColleagues(siteId, role).stream()
                .map(u -> new UserRef(u.getId(), u.getUsername(), u.getDisplayName())).toList();
    }

    /**
     * Saves the signed-in user's own language (English or German; null: the browser decides).
     * Everyone signed in may set their own, and only their own.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setLanguage(@Nullable Locale language) {
        if (language != null && TranslationProvider.LOCALES.stream()
                .noneMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
            throw new BusinessException("language", "user.error.language", language.getLanguage());
        }
        AppUser me = users.findById(CurrentUser.require().userId())
                .orElseThrow(() -> new BusinessException("error.notFound"));
        me.setLanguage(language == null ? null : language.getLanguage());
    }

    /** The signed-in user's saved language, if they chose one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> myLanguage() {
        return users.findById(CurrentUser.require().userId()).map(AppUser::getLanguage).map(Locale::of);
    }

    static void checkPassword(String password) {
        if (password.length() < AppUser.PASSWORD_MIN || password.length() > AppUser.PASSWORD_MAX) {
            throw new BusinessException("password", "user.error.passwordLength", AppUser.PASSWORD_MIN,
                    AppUser.PASSWORD_MAX);
        }
    }

    private static UserRow toRow(AppUser u) {
        return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), Set.copyOf(u.getRoles()),
                Set.copyOf(u.getSiteIds()), u.isActive(), u.getLockedUntil());
    }
}
