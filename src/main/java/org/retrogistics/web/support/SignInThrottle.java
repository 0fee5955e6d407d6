package org.retrogistics.web.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing (ADR 0014): failed sign-ins and portal lookups are counted per account and per source address
 * in Bucket4j buckets kept in Caffeine. An account that fails {@link ThrottleSettings#accountFailures()} times is
 * locked, first for {@link ThrottleSettings#lockout()}, then twice as long at each further failure until it is
 * forgotten; an address that fails too often waits until its bucket refills. While either holds, every attempt is
 * refused before the credentials are checked, so a refusal says nothing about whether they were right.
 *
 * <p>An account is a name chosen by the caller ({@code user:…}, {@code portal:…}); a token has none, only its
 * address. The state lives in this instance's memory: behind several instances each keeps its own count (ADR 0014).
 */
@Component
public class SignInThrottle {

    private static final int MAX_KEY_LENGTH = 200;

    private final ThrottleSettings settings;
    private final ProxyManager<String> accountFailures;
    private final ProxyManager<String> addressFailures;
    private final BucketConfiguration accountLimit;
    private final BucketConfiguration addressLimit;
    private final Cache<String, Lockout> lockouts;

    SignInThrottle(ThrottleSettings settings) {
        this.settings = settings;
        this.accountLimit = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(settings.accountFailures())
                        .refillGreedy(settings.accountFailures(), settings.accountWindow()))
                .build();
        this.addressLimit = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(settings.addressFailures())
                        .refillGreedy(settings.addressFailures(), settings.addressWindow()))
                .build();
        this.accountFailures = buckets(settings.maxTracked());
        this.addressFailures = buckets(settings.maxTracked());
        // a lockout is remembered past its end, so that the next failure locks again for twice as long
        this.lockouts = Caffeine.newBuilder()
                .maximumSize(settings.maxTracked())
                .expireAfter(Expiry.<String, Lockout>writing((key, lockout) ->
                        Duration.between(Instant.now(), lockout.until()).plus(settings.forgetAfter())))
                .build();
    }

    private static ProxyManager<String> buckets(int maxTracked) {
        // a bucket that has refilled is the same as none: Caffeine drops it then
        return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(maxTracked))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /**
     * How long the caller must wait before trying, if the account is locked or the address has failed too often.
     *
     * @param account the account tried, or null when there is none (a token)
     */
    public Optional<Duration> retryAfter(String account, String address) {
        Duration wait = Duration.ZERO;
        if (account != null) {
            Lockout lockout = lockouts.getIfPresent(key(account));
            if (lockout != null) {
                wait = max(wait, Duration.between(Instant.now(), lockout.until()));
            }
        }
        EstimationProbe probe = addressBucket(address).estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            wait = max(wait, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return !wait.isNegative() && !wait.isZero() ? Optional.of(wait) : Optional.empty();
    }

    /** A failed attempt: counts against the address and the account, and locks the account when it is due. */
    public void failed(String account, String address) {
        addressBucket(address).tryConsume(1);
        if (account == null) {
            return;
        }
        String key = key(account);
        ConsumptionProbe probe =
                accountFailures.builder().build(key, () -> accountLimit).tryConsumeAndReturnRemaining(1);
        boolean exhausted = !probe.isConsumed() || probe.getRemainingTokens() == 0;
        lockouts.asMap().compute(key, (k, previous) -> {
            if (previous != null) {
                // a repeat offender: locked again at once, for twice as long (while still locked, left as it is)
                return previous.until().isAfter(Instant.now()) ? previous : lock(previous.level() + 1);
            }
            return exhausted ? lock(1) : null;
        });
    }

    /** A successful sign-in or lookup: the account's failures and lockouts are forgotten (the address's are not). */
    public void succeeded(String account) {
        String key = key(account);
        lockouts.invalidate(key);
        accountFailures.removeProxy(key);
    }

    private Lockout lock(int level) {
        Duration delay = settings.lockout();
        for (int i = 1; i < level && delay.compareTo(settings.maxLockout()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        if (delay.compareTo(settings.maxLockout()) > 0) {
            delay = settings.maxLockout();
        }
        return new Lockout(level, Instant.now().plus(delay));
    }

    private io.github.bucket4j.distributed.BucketProxy addressBucket(String address) {
        return addressFailures.builder().build(key(address == null ? "unknown" : address), () -> addressLimit);
    }

    private static String key(String name) {
        // keys come from what a caller sends: bounded, so that a huge user name costs no memory
        return name.length() > MAX_KEY_LENGTH ? name.substring(0, MAX_KEY_LENGTH) : name;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The whole seconds a Retry-After header gives for a wait: rounded up, at least one. */
    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** The whole minutes a page names for a wait: rounded up, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (seconds(wait) + 59) / 60);
    }

    private record Lockout(int level, Instant until) {}
}
