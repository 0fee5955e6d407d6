package org.retrogistics.integration.internal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.retrogistics.integration.IntegrationSettings;
import org.retrogistics.integration.WebhookBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. On the application's task scheduler it claims up to as many due deliveries as it has free
 * senders, and hands each to a sender thread. Each subscription has a Resilience4j circuit breaker: while it is open,
 * a claimed delivery is deferred to when the circuit may let a trial call through, and not counted as an attempt. A
 * failed attempt is retried after {@link WebhookBackoff}'s jittered wait, or given up (DEAD) after the last attempt.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final TaskScheduler scheduler;
    private final IntegrationSettings.Webhooks settings;
    private final WebhookBackoff backoff;
    private final CircuitBreakerRegistry breakers;
    private final Semaphore free;
    private final ExecutorService senders;
    private ScheduledFuture<?> polling;
    /** The last round claimed all it could take: more are likely due, so a freed sender asks for the next at once. */
    private volatile boolean backlog;

    WebhookDispatcher(
            DeliveryQueue queue, WebhookSender sender, TaskScheduler scheduler, IntegrationSettings settings) {
        this.queue = queue;
        this.sender = sender;
        this.scheduler = scheduler;
        this.settings = settings.webhooks();
        this.backoff = new WebhookBackoff(this.settings.backoff(), this.settings.maxAttempts());
        IntegrationSettings.Breaker b = this.settings.breaker();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(b.failureRate())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.window())
                .minimumNumberOfCalls(b.minimumCalls())
                .waitDurationInOpenState(b.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.free = new Semaphore(this.settings.senders());
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(this.settings.senders(), r -> {
            Thread t = new Thread(r, "webhook-sender-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (settings.dispatch() && polling == null) {
            polling = scheduler.scheduleWithFixedDelay(this::poll, settings.pollInterval());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        if (polling != null) {
            polling.cancel(false);
        }
        senders.shutdown();
        // deliveries still being sent come back to the queue when their lease ends
        senders.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** One round: claim what the free senders can take, and send it. */
    void poll() {
        try {
            int permits = Math.min(free.availablePermits(), settings.batchSize());
            if (permits == 0 || !free.tryAcquire(permits)) {
                return;
            }
            List<DeliveryQueue.Claimed> claimed;
            try {
                claimed = queue.claim(permits, settings.lease());
            } finally {
                free.release(permits);
            }
            backlog = claimed.size() == permits;
            for (DeliveryQueue.Claimed d : claimed) {
                free.acquireUninterruptibly();
                senders.execute(() -> {
                    try {
                        deliver(d);
                    } finally {
                        free.release();
                        // without this, a round a second would cap sending at "senders" deliveries a second
                        // however fast receivers answer (4/s measured with bench/integration.sh)
                        if (backlog && polling != null) {
                            scheduler.schedule(this::poll, java.time.Instant.now());
                        }
                    }
                });
            }
        } catch (RuntimeException e) {
            // a round that failed (the database away) is tried again at the next one
            log.warn("webhook dispatch round failed: {}", e.toString());
        }
    }

    void deliver(DeliveryQueue.Claimed d) {
        CircuitBreaker breaker = breakers.circuitBreaker(d.subscriptionId().toString());
        try {
            breaker.acquirePermission();
        } catch (CallNotPermittedException open) {
            queue.defer(d.id(), settings.breaker().openFor());
            log.debug("webhook {} deferred: the circuit of subscription {} is open", d.id(), d.subscriptionId());
            return;
        }
        DeliveryQueue.Attempt a = sender.send(d);
        if (a.succeeded()) {
            breaker.onSuccess(a.durationMillis(), TimeUnit.MILLISECONDS);
        } else {
            breaker.onError(a.durationMillis(), TimeUnit.MILLISECONDS, new IllegalStateException(describe(a)));
        }
        Duration retryIn = a.succeeded() || backoff.exhausted(a.number()) ? null : backoff.delay(a.number());
        queue.record(d.id(), a, retryIn);
        log.info(
                "webhook {} attempt {} to subscription {}: {} in {} ms{}",
                d.messageId(),
                a.number(),
                d.subscriptionId(),
                describe(a),
                a.durationMillis(),
                a.succeeded()
                        ? ""
                        : retryIn == null ? ", given up (DEAD)" : ", retry in " + retryIn.toMillis() + " ms");
    }

    private static String describe(DeliveryQueue.Attempt a) {
        return a.statusCode() != null ? "HTTP " + a.statusCode() : a.error();
    }
}
