package org.retrogistics.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.access.internal.ApiTokenRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API tokens: issued with an expiry, listed with their last use, revoked. Authentication remembers a token for
 * {@link AccessSettings#tokenCacheTtl()} (1 s by default) so that a burst of calls reads the token table once; a
 * revocation evicts the token here at once and is seen by every other instance within that time (ADR 0013).
 */
@Service
@Transactional(readOnly = true)
public class TokenManagement {

    private static final Logger log = LoggerFactory.getLogger(TokenManagement.class);
    static final String SYSTEM = "system";

    private final ApiTokenRepository tokens;
    private final AccessAudit audit;
    private final AccessSettings settings;
    private final Clock clock;
    /** What this instance last read of a token, by the hash of its secret. Unknown tokens are not remembered. */
    private final Cache<String, Grant> grants;
    /** Tokens whose use this instance wrote lately: at most one write per token and interval. */
    private final Cache<UUID, Instant> recentlyRecorded;

    TokenManagement(ApiTokenRepository tokens, AccessAudit audit, AccessSettings settings, Optional<Clock> clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
        this.grants = Caffeine.newBuilder()
                .expireAfterWrite(settings.tokenCacheTtl())
                .maximumSize(settings.tokenCacheSize())
                .build();
        this.recentlyRecorded = Caffeine.newBuilder()
                .expireAfterWrite(settings.lastUsedInterval())
                .maximumSize(settings.tokenCacheSize())
                .build();
    }

    /** A token as read: who it acts as and until when. */
    private record Grant(UUID id, Actor actor, Instant expiresAt, Instant lastUsedAt) {}

    /** A new token and its secret; the secret exists only in this answer. */
    public record IssuedToken(ApiTokenSnapshot snapshot, String secret) {}

    /**
     * Issues a token. A CUSTOMER token is bound to the shopper with {@code customerEmail} (kept normalised) and carries
     * no other role; a staff token is bound to nobody. {@code expiresIn} null takes the configured default; more than
     * the configured maximum is refused.
     */
    @Transactional
    public IssuedToken issue(
            ClientId client, String issuer, String name, Set<Role> roles, String customerEmail, Duration expiresIn) {
        boolean customer = roles.contains(Role.CUSTOMER);
        boolean bound = customerEmail != null && !customerEmail.isBlank();
        if (customer && roles.size() > 1) {
            throw new AccessManagement.InvalidCredential(
                    "customer-token-single-role", "A CUSTOMER token acts for one shopper and carries no other role");
        }
        if (customer && !bound) {
            throw new AccessManagement.InvalidCredential(
                    "customer-email-required", "A CUSTOMER token names the shopper it acts for: give customerEmail");
        }
        if (!customer && bound) {
            throw new AccessManagement.InvalidCredential(
                    "customer-email-not-for-staff",
                    "Only a CUSTOMER token is bound to a shopper; leave customerEmail out");
        }
        Duration lifetime = expiresIn == null ? settings.tokenDefaultExpiry() : expiresIn;
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(settings.tokenMaxExpiry()) > 0) {
            throw new ExpiryOutOfRange(settings.tokenMaxExpiry());
        }
        String secret = "rtg_" + Secrets.random();
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(
                new ApiToken.Draft(client, name, roles, bound ? customerEmail : null, issuer),
                Secrets.sha256(secret),
                now,
                now.plus(lifetime)));
        audit.record(client, issuer, AccessAction.TOKEN_ISSUED, "token " + token.getName() + " " + token.getId(), null);
        return new IssuedToken(ApiTokenSnapshot.of(token), secret);
    }

    /** The client's tokens, newest first, revoked and expired ones included. */
    public List<ApiToken> list(ClientId client) {
        return tokens.findByClientIdOrderByCreatedAtDesc(client.value());
    }

    /** The client's tokens, newest first, as values. */
    public List<ApiTokenSnapshot> snapshots(ClientId client) {
        return list(client).stream().map(ApiTokenSnapshot::of).toList();
    }

    /** One of the client's tokens, as a value; another client's token is as unknown as a made-up id. */
    public ApiTokenSnapshot snapshot(ClientId client, UUID id) {
        return tokens.findByIdAndClientId(id, client.value())
                .map(ApiTokenSnapshot::of)
                .orElseThrow(TokenNotFound::new);
    }

    /** Revokes one of the actor's client's tokens; another client's token is as unknown as a made-up id. */
    @Transactional
    public ApiToken revoke(Actor by, UUID id, String reason) {
        String why = AccessManagement.requireReason(reason);
        ApiToken token = tokens.findByIdAndClientId(id, by.clientId().value()).orElseThrow(TokenNotFound::new);
        token.revoke(clock.instant());
        audit.record(by.clientId(), by.name(), AccessAction.TOKEN_REVOKED, "token " + token.getName() + " " + id, why);
        String hash = token.tokenHash();
        grants.invalidate(hash);
        // a request that read the row before this commit may have cached it again: evict once more afterwards
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    grants.invalidate(hash);
                }
            });
        }
        return token;
    }

    /**
     * The actor behind a token secret; empty for an unknown, revoked or expired token. Runs outside a transaction: the
     * read and the occasional write of the last use are each their own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Actor> authenticate(String secret) {
        String hash = Secrets.sha256(secret);
        Grant grant = grants.get(hash, h -> tokens.findByTokenHash(h)
                .filter(t -> !t.revoked())
                .map(t -> new Grant(t.getId(), t.toActor(), t.getExpiresAt(), t.getLastUsedAt()))
                .orElse(null));
        Instant now = clock.instant();
        if (grant == null || !now.isBefore(grant.expiresAt())) {
            return Optional.empty();
        }
        recordUse(grant, now);
        return Optional.of(grant.actor());
    }

    private void recordUse(Grant grant, Instant now) {
        Instant since = now.minus(settings.lastUsedInterval());
        if (grant.lastUsedAt() != null && grant.lastUsedAt().isAfter(since)) {
            return;
        }
        if (recentlyRecorded.asMap().putIfAbsent(grant.id(), now) != null) {
            return;
        }
        try {
            tokens.recordUse(grant.id(), now, since);
        } catch (DataAccessException e) {
            // the last use is for people reading the token list: it never fails the call that used the token
            recentlyRecorded.invalidate(grant.id());
            log.warn(
                    "Could not record the use of token {}: {}",
                    grant.id(),
                    e.getClass().getSimpleName());
        }
    }

    /** A token id that is not one of the client's tokens. */
    public static class TokenNotFound extends DomainException {
        TokenNotFound() {
            super(Kind.NOT_FOUND, "token-not-found", "No such token");
        }
    }

    /** A token that is revoked already. */
    public static class TokenAlreadyRevoked extends DomainException {
        TokenAlreadyRevoked() {
            super(Kind.CONFLICT, "token-already-revoked", "The token is revoked already");
        }
    }

    /** A lifetime that is not positive or longer than the configured maximum. */
    public static class ExpiryOutOfRange extends DomainException {
        ExpiryOutOfRange(Duration max) {
            super(
                    Kind.INVALID,
                    "token-expiry-out-of-range",
                    "A token lives at least one day and at most " + max.toDays() + " days");
        }
    }
}
