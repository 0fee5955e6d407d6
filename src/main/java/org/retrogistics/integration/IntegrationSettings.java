package org.retrogistics.integration;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Integration settings: how webhooks are dispatched, retried and signed (ADR 0027), and whether and how events go to
 * the message broker (ADR 0029).
 */
@ConfigurationProperties("retrogistics.integration")
public record IntegrationSettings(Webhooks webhooks, Broker broker) {

    public IntegrationSettings {
        webhooks = webhooks == null
                ? new Webhooks(null, null, null, null, null, null, null, null, null, null, null, null)
                : webhooks;
        broker = broker == null ? new Broker(null, null, null, null, null, null, null, null, null) : broker;
    }

    /**
     * The message broker (RabbitMQ, connected with the usual {@code spring.rabbitmq.*} properties); off unless
     * {@code enabled}, and then nothing connects to it.
     *
     * @param enabled whether events go to the broker and status updates are taken from it
     * @param exchange the topic exchange events are published to, with their type as routing key
     * @param inboundQueue the queue inbound status updates are read from
     * @param pollInterval how often the publisher looks for pending messages
     * @param batchSize the most messages one look claims
     * @param confirmTimeout longest wait for the broker's confirm of a message; without one it is sent again
     * @param lease how long a claimed message stays with its publisher; past it another instance may take it
     * @param retryCap the longest wait before a message that was not confirmed is tried again (doubling from 1 s)
     * @param keepSent how long a confirmed message stays in the outbox before it is purged
     */
    public record Broker(
            Boolean enabled,
            String exchange,
            String inboundQueue,
            Duration pollInterval,
            Integer batchSize,
            Duration confirmTimeout,
            Duration lease,
            Duration retryCap,
            Duration keepSent) {

        public Broker {
            enabled = enabled != null && enabled;
            exchange = exchange == null || exchange.isBlank() ? "retrogistics.events" : exchange;
            inboundQueue =
                    inboundQueue == null || inboundQueue.isBlank() ? "retrogistics.status-updates" : inboundQueue;
            pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
            batchSize = batchSize == null ? 50 : batchSize;
            confirmTimeout = confirmTimeout == null ? Duration.ofSeconds(10) : confirmTimeout;
            lease = lease == null ? Duration.ofSeconds(60) : lease;
            retryCap = retryCap == null ? Duration.ofMinutes(1) : retryCap;
            keepSent = keepSent == null ? Duration.ofDays(7) : keepSent;
        }

        /** The wait before the next try of a message tried {@code attempts} times: 1 s, 2 s, 4 s... up to the cap. */
        public Duration retryAfter(int attempts) {
            long seconds = 1L << Math.min(Math.max(attempts - 1, 0), 20);
            Duration wait = Duration.ofSeconds(seconds);
            return wait.compareTo(retryCap) > 0 ? retryCap : wait;
        }
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
