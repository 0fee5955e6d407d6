package org.retrogistics.web.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins and portal lookups (ADR 0014). Only failures count, so a busy client that signs in right
 * is never slowed.
 *
 * @param accountFailures failures on one account (user name, or order number in the portal) before it is locked
 * @param accountWindow the time in which those failures count (they drain evenly over it)
 * @param lockout the first lockout; each further lockout of the same account doubles it
 * @param maxLockout the longest lockout
 * @param forgetAfter how long after its last lockout an account is remembered as a repeat offender
 * @param addressFailures failures from one source address before it must wait
 * @param addressWindow the time in which those failures count (they drain evenly over it)
 * @param maxTracked accounts and addresses remembered at once; the least recent are forgotten first
 */
@ConfigurationProperties("retrogistics.security.throttle")
public record ThrottleSettings(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("15m") Duration accountWindow,
        @DefaultValue("1m") Duration lockout,
        @DefaultValue("15m") Duration maxLockout,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("1m") Duration addressWindow,
        @DefaultValue("100000") int maxTracked) {}
