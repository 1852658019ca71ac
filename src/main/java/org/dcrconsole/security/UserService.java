package org.dcrconsole.security;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.TranslationProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

    /** Roles that hold client, visit, incident or stock data: never on an ADMIN's account. */
    static final Set<Role> NOT_WITH_ADMIN = EnumSet.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER, Role.STOCK_KEEPER);

    private final AppUserRepository users;
    private final UserChangeRepository changes;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final UserSessions sessions;
    private final LoginAttempts loginAttempts;

    UserService(AppUserRepository users, UserChangeRepository changes, PasswordEncoder passwordEncoder, Clock clock,
                UserSessions sessions, LoginAttempts loginAttempts) {
        this.users = users;
        this.changes = changes;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.sessions = sessions;
        this.loginAttempts = loginAttempts;
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
     * password resets it, and the user must then choose their own at the next sign-in. An ADMIN
     * never changes their own roles or sites, and ADMIN is never combined with a clinical or
     * stock role. Changes of roles, sites, active flag and password go into the user's history,
     * and end every open session of that user. A stale copy (someone saved in between) fails
     * with an optimistic locking exception and changes nothing.
     */
    @Transactional
    public AppUser save(@Valid AppUser user, @Nullable String newPassword) {
        if (user.getRoles().isEmpty()) {
            throw new BusinessException("roles", "user.error.noRole");
        }
        if (user.getRoles().contains(Role.DISPLAY) && user.getRoles().size() > 1) {
            // a wall screen is signed in all day where anyone passes by: it must not be able to act
            throw new BusinessException("roles", "display.error.combined");
        }
        boolean setPassword = newPassword != null && !newPassword.isEmpty();
        if (user.isNew() && !setPassword) {
            throw new BusinessException("password", "user.error.passwordRequired");
        }
        if (setPassword) {
            PasswordPolicy.check("password", newPassword);
        }
        if (user.isNew() && users.existsByUsername(user.getUsername())) {
            throw new BusinessException("username", "user.error.usernameTaken", user.getUsername());
        }
        if (user.isNew()) {
            refuseAdminWithClinicalRole(user);
            user.setPasswordHash(passwordEncoder.encode(newPassword));
            user.setMustChangePassword(true);
            AppUser saved = users.saveAndFlush(user);
            record(saved.getId(), UserChange.Field.CREATED, null, saved.getUsername());
            record(saved.getId(), UserChange.Field.ROLES, null, roles(saved.getRoles()));
            record(saved.getId(), UserChange.Field.SITES, null, sites(saved.getSiteIds()));
            record(saved.getId(), UserChange.Field.ACTIVE, null, String.valueOf(saved.isActive()));
            return saved;
        }
        AppUser stored = users.findById(user.getId()).orElseThrow(() -> new BusinessException("error.notFound"));
        if (!stored.getUsername().equals(user.getUsername()) && users.existsByUsername(user.getUsername())) {
            throw new BusinessException("username", "user.error.usernameTaken", user.getUsername());
        }
        String oldUsername = stored.getUsername();
        String oldRoles = roles(stored.getRoles());
        String oldSites = sites(stored.getSiteIds());
        boolean oldActive = stored.isActive();
        if (isSelf(stored)) {
            if (!oldRoles.equals(roles(user.getRoles()))) {
                throw new BusinessException("roles", "useradmin.error.ownRoles");
            }
            if (!oldSites.equals(sites(user.getSiteIds()))) {
                throw new BusinessException("siteIds", "useradmin.error.ownSites");
            }
            if (!user.isActive()) {
                throw new BusinessException("active", "user.error.deactivateSelf");
            }
        }
        refuseAdminWithClinicalRole(user);
        if (setPassword) {
            user.setPasswordHash(passwordEncoder.encode(newPassword));
            // an administrator who knows the password must not be able to act as the user
            user.setMustChangePassword(!isSelf(stored));
        } else {
            user.setPasswordHash(stored.getPasswordHash());
            user.setMustChangePassword(stored.isMustChangePassword());
        }
        user.setFailedLogins(stored.getFailedLogins());
        user.setFirstFailureAt(stored.getFirstFailureAt());
        user.setLockedUntil(stored.getLockedUntil());
        AppUser saved = users.saveAndFlush(user);
        boolean endSessions = setPassword;
        if (!oldUsername.equals(saved.getUsername())) {
            record(saved.getId(), UserChange.Field.USERNAME, oldUsername, saved.getUsername());
            endSessions = true;
        }
        if (!oldRoles.equals(roles(saved.getRoles()))) {
            record(saved.getId(), UserChange.Field.ROLES, oldRoles, roles(saved.getRoles()));
            endSessions = true;
        }
        if (!oldSites.equals(sites(saved.getSiteIds()))) {
            record(saved.getId(), UserChange.Field.SITES, oldSites, sites(saved.getSiteIds()));
            endSessions = true;
        }
        if (oldActive != saved.isActive()) {
            record(saved.getId(), UserChange.Field.ACTIVE, String.valueOf(oldActive), String.valueOf(saved.isActive()));
            endSessions = true;
        }
        if (setPassword) {
            record(saved.getId(), UserChange.Field.PASSWORD_RESET, null, null);
        }
        if (endSessions) {
            sessions.endAllOf(saved.getId());
        }
        return saved;
    }

    /** Deactivates or reactivates a user; a deactivated user can no longer sign in. */
    @Transactional
    public void setActive(long id, boolean active) {
        AppUser user = users.findById(id).orElseThrow(() -> new BusinessException("error.notFound"));
        if (!active && isSelf(user)) {
            throw new BusinessException("user.error.deactivateSelf");
        }
        if (user.isActive() != active) {
            record(id, UserChange.Field.ACTIVE, String.valueOf(user.isActive()), String.valueOf(active));
            user.setActive(active);
            sessions.endAllOf(id);
        }
    }

    /** Lifts the slow-down after failed sign-ins before it expires by itself. */
    @Transactional
    public void unlock(long id) {
        AppUser user = users.findById(id).orElseThrow(() -> new BusinessException("error.notFound"));
        user.setLockedUntil(null);
        user.setFailedLogins(0);
        user.setFirstFailureAt(null);
    }

    /** Whether failed sign-ins slow the user down right now. */
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

    /** A page of a user's change history, newest first. */
    @Transactional(readOnly = true)
    public Slice<UserChangeRow> history(long userId, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, UserChange.SORT_CHANGED_AT, "id"));
        return changes.findByUserId(userId, newestFirst).map(UserChange::toRow);
    }

    /** A page of sign-in throttling events (accounts and addresses slowed down), newest first. */
    @Transactional(readOnly = true)
    public Slice<ThrottleRow> throttling(Pageable pageable) {
        return loginAttempts.events(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, SignInThrottle.SORT_OCCURRED_AT, "id")));
    }

    /**
     * The signed-in user changes their own password: the current one must be right, the new one
     * must pass {@link PasswordPolicy} and differ from the current one. Clears the duty to change
     * it after a reset. Open to every signed-in user, for their own account only.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser me = CurrentUser.require();
        AppUser user = users.findById(me.userId()).orElseThrow(() -> new BusinessException("error.notFound"));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("currentPassword", "password.error.current");
        }
        PasswordPolicy.check("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("newPassword", "password.error.same");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        record(user.getId(), UserChange.Field.PASSWORD_CHANGED, null, null);
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

    private static void refuseAdminWithClinicalRole(AppUser user) {
        if (user.getRoles().contains(Role.ADMIN) && user.getRoles().stream().anyMatch(NOT_WITH_ADMIN::contains)) {
            throw new BusinessException("roles", "useradmin.error.adminWithClinicalRole");
        }
    }

    private boolean isSelf(AppUser user) {
        return CurrentUser.get().map(me -> me.userId() == user.getId() || me.getUsername().equals(user.getUsername()))
                .orElse(false);
    }

    private void record(long userId, UserChange.Field field, @Nullable String oldValue, @Nullable String newValue) {
        changes.save(new UserChange(clock.instant(), CurrentUser.username(), userId, field, oldValue, newValue));
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    private static String sites(Set<Long> siteIds) {
        return siteIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static UserRow toRow(AppUser u) {
        return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), Set.copyOf(u.getRoles()),
                Set.copyOf(u.getSiteIds()), u.isActive(), u.getLockedUntil());
    }
}
