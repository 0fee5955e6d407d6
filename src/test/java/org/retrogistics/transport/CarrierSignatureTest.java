package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.retrogistics.shared.WebhookSignature;

class CarrierSignatureTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String BODY = "{\"eventId\":\"e-1\"}";

    private static CarrierSignature.Headers standard(String secret, String id, long t) {
        return new CarrierSignature.Headers(null, id, Long.toString(t), WebhookSignature.sign(secret, id, t, BODY));
    }

    @Test
    void aStandardWebhooksSignatureVerifiesWithAPlainOrAWhsecSecret() {
        long t = NOW.getEpochSecond();
        String whsec = WebhookSignature.newSecret();
        assertThatCode(() -> CarrierSignature.verify("plain", standard("plain", "m1", t), BODY, NOW, TOLERANCE))
                .doesNotThrowAnyException();
        assertThatCode(() -> CarrierSignature.verify(whsec, standard(whsec, "m1", t), BODY, NOW, TOLERANCE))
                .doesNotThrowAnyException();
    }

    @Test
    void aBadStandardWebhooksSignatureIsRefused() {
        long t = NOW.getEpochSecond();
        assertThatThrownBy(() -> CarrierSignature.verify("plain", standard("other", "m1", t), BODY, NOW, TOLERANCE))
                .isInstanceOf(CarrierSignature.BadSignature.class);
        assertThatThrownBy(
                        () -> CarrierSignature.verify("plain", standard("plain", "m1", t - 3600), BODY, NOW, TOLERANCE))
                .hasMessageContaining("replayed");
        CarrierSignature.Headers otherId = new CarrierSignature.Headers(
                null, "m2", Long.toString(t), WebhookSignature.sign("plain", "m1", t, BODY));
        assertThatThrownBy(() -> CarrierSignature.verify("plain", otherId, BODY, NOW, TOLERANCE))
                .isInstanceOf(CarrierSignature.BadSignature.class);
        assertThatThrownBy(() -> CarrierSignature.verify(null, standard("plain", "m1", t), BODY, NOW, TOLERANCE))
                .hasMessageContaining("no secret");
    }

    @Test
    void withoutAWebhookSignatureTheCarrierSchemeIsChecked() {
        long t = NOW.getEpochSecond();
        String header = "t=" + t + ",v1=" + CarrierSignature.sign("plain", t, BODY);
        assertThatCode(() -> CarrierSignature.verify(
                        "plain", CarrierSignature.Headers.carrier(header), BODY, NOW, TOLERANCE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CarrierSignature.verify(
                        "other", CarrierSignature.Headers.carrier(header), BODY, NOW, TOLERANCE))
                .isInstanceOf(CarrierSignature.BadSignature.class);
    }
}
