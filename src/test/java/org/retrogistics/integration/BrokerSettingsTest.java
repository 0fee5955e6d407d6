package org.retrogistics.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    @Test
    void offByDefaultOnOneTopicExchange() {
        IntegrationSettings.Broker b = new IntegrationSettings(null, null).broker();
        assertThat(b.enabled()).isFalse();
        assertThat(b.exchange()).isEqualTo("retrogistics.events");
        assertThat(b.inboundQueue()).isEqualTo("retrogistics.status-updates");
    }

    @Test
    void anUnconfirmedMessageWaitsDoublingUpToTheCap() {
        IntegrationSettings.Broker b = new IntegrationSettings(null, null).broker();
        assertThat(b.retryAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.retryAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.retryAfter(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(b.retryAfter(7)).isEqualTo(Duration.ofMinutes(1));
        assertThat(b.retryAfter(1_000)).isEqualTo(Duration.ofMinutes(1));
    }
}
