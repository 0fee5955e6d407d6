package org.retrogistics.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.retrogistics.access.internal.AppUserRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Users of a client: created, disabled, enabled, given roles; also the {@link UserDetailsService} of the console's
 * sign-in and HTTP Basic, and the entry to issuing and checking API tokens ({@link TokenManagement}). Another client's
 * user is answered exactly as one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class AccessManagement implements UserDetailsService {

    /** The shortest password accepted from a person. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final long DISABLED = -1L;

    private final AppUserRepository users;
    private final TokenManagement tokens;
    private final AccessAudit audit;
    private final PasswordEncoder passwordEncoder;
    /** A user's current version (or {@link #DISABLED}) by name, as read for console session checks. */
    private final Cache<String, Long> sessionVersions;

    AccessManagement(
            AppUserRepository users,
            TokenManagement tokens,
            AccessAudit audit,
            PasswordEncoder passwordEncoder,
            AccessSettings settings) {
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.sessionVersions = Caffeine.newBuilder()
                .expireAfterWrite(settings.sessionCheckTtl())
                .maximumSize(settings.tokenCacheSize())
                .build();
    }

    /** Creates a user on behalf of the system (first-client bootstrap, demo data). */
    @Transactional
    public AppUser createUser(ClientId client, String username, String password, String displayName, Set<Role> roles) {
        return createUser(client, TokenManagement.SYSTEM, username, password, displayName, roles);
    }

    /** Creates a user of the actor's client. */
    @Transactional
    public AppUser createUser(Actor by, String username, String password, String displayName, Set<Role> roles) {
        return createUser(by.clientId(), by.name(), username, password, displayName, roles);
    }

    private AppUser createUser(
            ClientId client, String actor, String username, String password, String displayName, Set<Role> roles) {
        refuseCustomer(roles);
        if (users.findByUsername(username).isPresent()) {
            throw new DuplicateUser(username);
        }
        AppUser user = users.save(new AppUser(client, username, passwordEncoder.encode(password), displayName, roles));
        audit.record(client, actor, AccessAction.USER_CREATED, "user " + username, "roles " + roles(roles));
        return user;
    }

    public List<AppUser> users(ClientId client) {
        return users.findByClientIdOrderByUsername(client.value());
    }

    /** One of the client's users; another client's is not found. */
    public AppUser user(ClientId client, String username) {
        return users.findByUsernameAndClientId(username, client.value()).orElseThrow(() -> new UserNotFound(username));
    }

    /** Stops a user from signing in; their console sessions end on their next request. */
    @Transactional
    public AppUser disable(Actor by, String username, String reason) {
        String why = requireReason(reason);
        if (by.isUser() && by.name().equals(username)) {
            throw new SelfLockout("You cannot disable yourself; ask another administrator");
        }
        AppUser user = user(by.clientId(), username);
        user.disable();
        return changed(by, user, AccessAction.USER_DISABLED, why);
    }

    @Transactional
    public AppUser enable(Actor by, String username, String reason) {
        String why = requireReason(reason);
        AppUser user = user(by.clientId(), username);
        user.enable();
        return changed(by, user, AccessAction.USER_ENABLED, why);
    }

    /** Replaces a user's roles; the user's console sessions end, so that the new roles apply at the next sign-in. */
    @Transactional
    public AppUser changeRoles(Actor by, String username, Set<Role> roles, String reason) {
        String why = requireReason(reason);
        refuseCustomer(roles);
        if (roles.isEmpty()) {
            throw new InvalidCredential("roles-required", "A user has at least one role");
        }
        if (by.isUser() && by.name().equals(username) && by.has(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new SelfLockout("You cannot take the ADMIN role from yourself; ask another administrator");
        }
        AppUser user = user(by.clientId(), username);
        String before = roles(user.roleSet());
        user.changeRoles(roles);
        return changed(
                by, user, AccessAction.USER_ROLES_CHANGED, why + " (roles " + before + " -> " + roles(roles) + ")");
    }

    /** Writes the change and its audit row, and forgets the user's state here once it is committed. */
    AppUser changed(Actor by, AppUser user, AccessAction action, String reason) {
        return changed(by.clientId(), by.name(), user, action, reason);
    }

    AppUser changed(ClientId client, String actor, AppUser user, AccessAction action, String reason) {
        AppUser saved = users.saveAndFlush(user);
        audit.record(client, actor, action, "user " + user.getUsername(), reason);
        String username = user.getUsername();
        sessionVersions.invalidate(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sessionVersions.invalidate(username);
                }
            });
        }
        return saved;
    }

    /**
     * Whether a signed-in user's session may go on: the user is still enabled and nothing about them changed since
     * they signed in. Read at most once per {@link AccessSettings#sessionCheckTtl()} per user on this instance.
     */
    public boolean sessionStillValid(Actor actor) {
        if (!actor.isUser()) {
            return true;
        }
        Long current = sessionVersions.get(actor.name(), name -> users.findByUsername(name)
                .filter(AppUser::isEnabled)
                .filter(u -> u.clientId().equals(actor.clientId()))
                .map(AppUser::version)
                .orElse(DISABLED));
        return actor.userVersion().equals(current);
    }

    /** Issues a staff token on behalf of the system and returns its secret; it expires after the default lifetime. */
    @Transactional
    public String issueToken(ClientId client, String name, Set<Role> roles) {
        return issueToken(client, name, roles, null);
    }

    /**
     * Issues a token on behalf of the system and returns its secret; only its hash is kept, so the secret is shown
     * this once. A CUSTOMER token is bound to the shopper with {@code customerEmail}; a staff token to nobody.
     */
    @Transactional
    public String issueToken(ClientId client, String name, Set<Role> roles, String customerEmail) {
        return tokens.issue(client, TokenManagement.SYSTEM, name, roles, customerEmail, null)
                .secret();
    }

    /** The actor behind a token; empty for an unknown, revoked or expired one. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<Actor> authenticateToken(String secret) {
        return tokens.authenticate(secret);
    }

    @Override
    public Actor loadUserByUsername(String username) {
        return users.findByUsername(username)
                .filter(AppUser::isEnabled)
                .map(AppUser::toActor)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The reason a change asks for, without surrounding blanks; a blank one is refused. */
    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCredential("reason-required", "Give a reason for this change; it is kept in the audit");
        }
        return reason.strip();
    }

    private static void refuseCustomer(Set<Role> roles) {
        if (roles.contains(Role.CUSTOMER)) {
            // a signed-in user is bound to no shopper: customers act through a bound token or the portal
            throw new InvalidCredential(
                    "customer-user-not-allowed",
                    "A user cannot have the CUSTOMER role; issue a CUSTOMER token for the shopper");
        }
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList().toString();
    }

    /** A token or user that could not act as asked: a customer bound to no shopper, or a staff role bound to one. */
    public static class InvalidCredential extends DomainException {
        InvalidCredential(String code, String message) {
            super(Kind.INVALID, code, message);
        }
    }

    /** A user name that is already taken. */
    public static class DuplicateUser extends DomainException {
        DuplicateUser(String username) {
            super(Kind.CONFLICT, "duplicate-user", "User name " + username + " is taken");
        }
    }

    /** A user name that is not one of the client's users (another client's is not confirmed to exist). */
    public static class UserNotFound extends DomainException {
        UserNotFound(String username) {
            super(Kind.NOT_FOUND, "user-not-found", "No user " + username);
        }
    }

    /** A change that would leave the acting administrator locked out. */
    public static class SelfLockout extends DomainException {
        SelfLockout(String message) {
            super(Kind.REJECTED, "self-lockout", message);
        }
    }

    /** Disabling a disabled user, or enabling an enabled one. */
    public static class UserStateUnchanged extends DomainException {
        UserStateUnchanged(String message) {
            super(Kind.CONFLICT, "user-state-unchanged", message);
        }
    }

    /**
     * The user of this client with this sign-in name; a user of another client is as absent as a name nobody has, so
     * that a caller cannot learn of another client's users.
     */
    public Optional<StaffMember> staffMember(ClientId client, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsernameAndClientId(username.strip(), client.value())
                .map(u -> new StaffMember(u.getUsername(), u.roleSet(), u.isEnabled()));
    }

    /** The client's staff with a role, as other modules read them (the workshop's technicians page). */
    public List<StaffMember> staffWith(ClientId client, Role role) {
        return users.findByClientIdOrderByUsername(client.value()).stream()
                .filter(u -> u.roleSet().contains(role))
                .map(u -> new StaffMember(u.getUsername(), u.roleSet(), u.isEnabled()))
                .toList();
    }
}
