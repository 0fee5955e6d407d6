package org.retrogistics.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookBackoffTest {

    private final WebhookBackoff backoff = new WebhookBackoff(
            List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofHours(1)), 6);

    @Test
    void theCapGrowsStepByStepAndTheLastStepRepeats() {
        assertThat(backoff.cap(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.cap(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.cap(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.cap(4)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.cap(9)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theWaitIsFullJitterBetweenZeroAndTheCap() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            Duration d = backoff.delay(2);
            assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(30));
            seen.add(d.toMillis() / 3000);
        }
        assertThat(seen)
                .as("spread over the whole range, not bunched at the cap")
                .hasSizeGreaterThan(5);
    }

    @Test
    void aDeliveryIsGivenUpAfterItsLastAttempt() {
        assertThat(backoff.exhausted(5)).isFalse();
        assertThat(backoff.exhausted(6)).isTrue();
        assertThatThrownBy(() -> new WebhookBackoff(List.of(), 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
