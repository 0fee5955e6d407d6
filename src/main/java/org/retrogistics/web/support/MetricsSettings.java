package org.retrogistics.web.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's scrape token for {@code /actuator/prometheus} (ADR 0028): sent as {@code Authorization: Bearer …}.
 * Metrics span every client, so no client's user or token reaches them; without a token the endpoint is closed.
 */
@ConfigurationProperties("retrogistics.metrics")
public record MetricsSettings(String token) {

    /** Shorter than this is guessable; a random 32-character value is what the README suggests. */
    static final int MIN_TOKEN_LENGTH = 24;

    public MetricsSettings {
        token = token == null || token.isBlank() ? null : token.strip();
        if (token != null && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException(
                    "retrogistics.metrics.token must be at least " + MIN_TOKEN_LENGTH + " characters");
        }
    }
}
