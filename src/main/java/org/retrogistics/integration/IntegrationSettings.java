package org.retrogistics.integration;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Integration settings: how webhooks are dispatched, retried and signed (ADR 0027). */
@ConfigurationProperties("retrogistics.integration")
public record IntegrationSettings(Webhooks webhooks) {

    public IntegrationSettings {
        webhooks = webhooks == null
                ? new Webhooks(null, null, null, null, null, null, null, null, null, null, null, null)
                : webhooks;
    }

    /**
     * @param dispatch whether this instance sends deliveries (deliveries are still written when false)
     * @param pollInterval how often the dispatcher looks for due deliveries
     * @param batchSize the most deliveries one look claims
     * @param senders how many deliveries are sent at once
     * @param connectTimeout longest wait for a receiver's TCP connection
     * @param readTimeout longest wait for a receiver's answer once connected
     * @param backoff the cap of the wait before each retry, the last one repeating; the wait is random below it
     * @param maxAttempts attempts before a delivery is DEAD
     * @param lease how long a claimed delivery stays with its sender; past it another sender may take it
     * @param rotationGrace how long the secret before a rotation keeps signing beside the new one
     * @param interestCache how long an instance trusts what it read of a client's subscribed event types
     * @param breaker the circuit breaker of each subscription
     */
    public record Webhooks(
            Boolean dispatch,
            Duration pollInterval,
            Integer batchSize,
            Integer senders,
            Duration connectTimeout,
            Duration readTimeout,
            List<Duration> backoff,
            Integer maxAttempts,
            Duration lease,
            Duration rotationGrace,
            Duration interestCache,
            Breaker breaker) {

        public Webhooks {
            dispatch = dispatch == null || dispatch;
            pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
            batchSize = batchSize == null ? 20 : batchSize;
            senders = senders == null ? 4 : senders;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
            backoff = backoff == null || backoff.isEmpty()
                    ? List.of(
                            Duration.ofSeconds(5),
                            Duration.ofSeconds(30),
                            Duration.ofMinutes(2),
                            Duration.ofMinutes(10),
                            Duration.ofHours(1),
                            Duration.ofHours(6),
                            Duration.ofHours(12))
                    : List.copyOf(backoff);
            maxAttempts = maxAttempts == null ? 8 : maxAttempts;
            lease = lease == null ? Duration.ofSeconds(60) : lease;
            rotationGrace = rotationGrace == null ? Duration.ofHours(24) : rotationGrace;
            interestCache = interestCache == null ? Duration.ofSeconds(5) : interestCache;
            breaker = breaker == null ? new Breaker(null, null, null, null) : breaker;
        }
    }

    /**
     * @param failureRate percentage of failed calls in the window that opens the circuit
     * @param window the calls the failure rate is taken over
     * @param minimumCalls calls before the rate counts at all
     * @param openFor how long an open circuit defers deliveries before one trial call
     */
    public record Breaker(Integer failureRate, Integer window, Integer minimumCalls, Duration openFor) {
        public Breaker {
            failureRate = failureRate == null ? 50 : failureRate;
            window = window == null ? 20 : window;
            minimumCalls = minimumCalls == null ? 10 : minimumCalls;
            openFor = openFor == null ? Duration.ofSeconds(60) : openFor;
        }
    }
}
