package org.retrogistics.web.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP limits of the API, and how long an {@code Idempotency-Key} is kept.
 *
 * @param maxRequestBytes a larger body is refused with 413 before it is read
 * @param idempotency the keys' lifetime and purge
 */
@ConfigurationProperties("retrogistics.api")
public record WebSettings(@DefaultValue("1048576") int maxRequestBytes, @DefaultValue Idempotency idempotency) {

    /**
     * @param ttl how long a key's answer is kept; after it, the same key is a new key (Stripe keeps keys 24 hours)
     * @param purgeEvery how often expired keys are deleted
     * @param retryAfter what a concurrent duplicate is told to wait before trying again
     */
    public record Idempotency(
            @DefaultValue("PT24H") Duration ttl,
            @DefaultValue("PT1H") Duration purgeEvery,
            @DefaultValue("PT1S") Duration retryAfter) {}
}
