package org.retrogistics.web.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an {@code Idempotency-Key} is kept, under the API's settings.
 *
 * @param ttl how long a key's answer is kept; after it, the same key is a new key (Stripe keeps keys 24 hours)
 * @param purgeEvery how often expired keys are deleted
 * @param retryAfter what a concurrent duplicate is told to wait before trying again
 */
@ConfigurationProperties("retrogistics.api.idempotency")
public record IdempotencySettings(
        @DefaultValue("PT24H") Duration ttl,
        @DefaultValue("PT1H") Duration purgeEvery,
        @DefaultValue("PT1S") Duration retryAfter) {}
