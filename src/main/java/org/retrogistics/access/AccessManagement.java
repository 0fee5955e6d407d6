package org.retrogistics.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.retrogistics.access.internal.ApiTokenRepository;
import org.retrogistics.access.internal.AppUserRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and API tokens; also the {@link UserDetailsService} the console's sign-in uses. */
@Service
@Transactional(readOnly = true)
public class AccessManagement implements UserDetailsService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration TOKEN_CACHE_TTL = Duration.ofSeconds(30);
    private static final int TOKEN_CACHE_MAX = 10_000;

    private final Map<String, CachedActor> tokenCache = new ConcurrentHashMap<>();

    private final AppUserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;

    AccessManagement(AppUserRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public AppUser createUser(ClientId client, String username, String password, String displayName, Set<Role> roles) {
        if (roles.contains(Role.CUSTOMER)) {
            // a signed-in user is bound to no shopper: customers act through a bound token or the portal
            throw new InvalidCredential(
                    "customer-user-not-allowed",
                    "A user cannot have the CUSTOMER role; issue a CUSTOMER token for the shopper");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new DuplicateUser(username);
        }
        return users.save(new AppUser(client, username, passwordEncoder.encode(password), displayName, roles));
    }

    public List<AppUser> users(ClientId client) {
        return users.findByClientIdOrderByUsername(client.value());
    }

    /** Issues a staff token and returns its secret; a CUSTOMER token names its shopper (the four-argument form). */
    @Transactional
    public String issueToken(ClientId client, String name, Set<Role> roles) {
        return issueToken(client, name, roles, null);
    }

    /**
     * Issues a token and returns its secret; only its hash is kept, so the secret is shown this once. A CUSTOMER token
     * is bound to the shopper with {@code customerEmail} (kept normalised) and carries no other role; a staff token is
     * bound to nobody.
     */
    @Transactional
    public String issueToken(ClientId client, String name, Set<Role> roles, String customerEmail) {
        boolean customer = roles.contains(Role.CUSTOMER);
        boolean bound = customerEmail != null && !customerEmail.isBlank();
        if (customer && roles.size() > 1) {
            throw new InvalidCredential(
                    "customer-token-single-role", "A CUSTOMER token acts for one shopper and carries no other role");
        }
        if (customer && !bound) {
            throw new InvalidCredential(
                    "customer-email-required", "A CUSTOMER token names the shopper it acts for: give customerEmail");
        }
        if (!customer && bound) {
            throw new InvalidCredential(
                    "customer-email-not-for-staff",
                    "Only a CUSTOMER token is bound to a shopper; leave customerEmail out");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "rtg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new ApiToken(client, name, sha256(secret), roles, bound ? customerEmail : null));
        return secret;
    }

    /**
     * The actor behind a token. Known tokens are remembered for {@link #TOKEN_CACHE_TTL} so that the API does not read
     * the token table on every request; a revoked token therefore stops working within that time on every instance.
     */
    public Optional<Actor> authenticateToken(String secret) {
        String hash = sha256(secret);
        long now = System.nanoTime();
        CachedActor cached = tokenCache.get(hash);
        if (cached != null && now < cached.expiresAt()) {
            return Optional.of(cached.actor());
        }
        Optional<Actor> actor =
                tokens.findByTokenHash(hash).filter(ApiToken::active).map(ApiToken::toActor);
        if (tokenCache.size() >= TOKEN_CACHE_MAX) {
            tokenCache.clear();
        }
        actor.ifPresent(a -> tokenCache.put(hash, new CachedActor(a, now + TOKEN_CACHE_TTL.toNanos())));
        return actor;
    }

    private record CachedActor(Actor actor, long expiresAt) {}

    @Override
    public Actor loadUserByUsername(String username) {
        return users.findByUsername(username)
                .filter(AppUser::isEnabled)
                .map(AppUser::toActor)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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

    /**
     * The user of this client with this sign-in name; a user of another client is as absent as a name nobody has, so
     * that a caller cannot learn of another client's users.
     */
    public Optional<StaffMember> staffMember(ClientId client, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsername(username.strip())
                .filter(u -> u.toActor().clientId().equals(client))
                .map(u -> new StaffMember(u.getUsername(), u.roleSet(), u.isEnabled()));
    }
}
