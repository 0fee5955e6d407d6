package org.retrogistics.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lifetimes of credentials and how long this instance may trust what it read about them.
 *
 * @param tokenDefaultExpiry a token's lifetime when the issuer names none
 * @param tokenMaxExpiry the longest lifetime an issuer may ask for
 * @param tokenCacheTtl how long a token read from the database is trusted without reading it again: the longest a
 *     token revoked on another instance keeps working here
 * @param tokenCacheSize the most tokens remembered at once
 * @param lastUsedInterval a token's last use is written at most this often
 * @param sessionCheckTtl how long a user's state read for a console session is trusted: the longest a disabled user's
 *     session keeps working on another instance
 * @param resetLinkExpiry how long a password reset link works
 */
@ConfigurationProperties("retrogistics.access")
public record AccessSettings(
        Duration tokenDefaultExpiry,
        Duration tokenMaxExpiry,
        Duration tokenCacheTtl,
        Integer tokenCacheSize,
        Duration lastUsedInterval,
        Duration sessionCheckTtl,
        Duration resetLinkExpiry) {

    public AccessSettings {
        tokenDefaultExpiry = tokenDefaultExpiry == null ? Duration.ofDays(90) : tokenDefaultExpiry;
        tokenMaxExpiry = tokenMaxExpiry == null ? Duration.ofDays(365) : tokenMaxExpiry;
        tokenCacheTtl = tokenCacheTtl == null ? Duration.ofSeconds(1) : tokenCacheTtl;
        tokenCacheSize = tokenCacheSize == null ? 10_000 : tokenCacheSize;
        lastUsedInterval = lastUsedInterval == null ? Duration.ofMinutes(1) : lastUsedInterval;
        sessionCheckTtl = sessionCheckTtl == null ? Duration.ofSeconds(1) : sessionCheckTtl;
        resetLinkExpiry = resetLinkExpiry == null ? Duration.ofHours(24) : resetLinkExpiry;
        if (tokenDefaultExpiry.compareTo(tokenMaxExpiry) > 0) {
            throw new IllegalArgumentException("retrogistics.access.token-default-expiry exceeds token-max-expiry");
        }
    }
}
