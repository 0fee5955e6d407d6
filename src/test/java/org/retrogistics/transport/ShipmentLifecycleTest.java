package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.StateDiagrams;

/** The shipment's table, the carrier signature policy and the tracking number; the table is drawn into docs/. */
class ShipmentLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aParcelNeverMovesBackAlongItsWay() {
        // only a carrier's exception may step back; nothing leaves DELIVERED
        assertThat(ShipmentLifecycle.TABLE.transitions())
                .filteredOn(t -> t.to() != ShipmentStatus.EXCEPTION)
                .allSatisfy(t -> assertThat(t.to().rank())
                        .isGreaterThanOrEqualTo(t.from().rank()));
        assertThat(ShipmentLifecycle.TABLE.transitions()).noneMatch(t -> t.from() == ShipmentStatus.DELIVERED);
        assertThat(ShipmentLifecycle.TABLE.next(ShipmentStatus.DELIVERED, "IN_TRANSIT"))
                .isEmpty();
        assertThat(ShipmentLifecycle.TABLE.transitions().stream()
                        .map(t -> t.from() + "/" + t.trigger())
                        .distinct())
                .hasSize(ShipmentLifecycle.TABLE.transitions().size());
    }

    @Test
    void aSignatureIsCheckedForItsSecretItsBodyAndItsAge() {
        String body = "{\"eventId\":\"1\"}";
        long t = NOW.getEpochSecond();
        String good = "t=" + t + ",v1=" + CarrierSignature.sign("s3cret", t, body);
        CarrierSignature.verify("s3cret", good, body, NOW, Duration.ofMinutes(5));
        assertThatThrownBy(() -> CarrierSignature.verify("s3cret", good, body + " ", NOW, Duration.ofMinutes(5)))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> CarrierSignature.verify("other", good, body, NOW, Duration.ofMinutes(5)))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() ->
                        CarrierSignature.verify("s3cret", good, body, NOW.plusSeconds(301), Duration.ofMinutes(5)))
                .hasMessageContaining("replayed");
        assertThatThrownBy(() -> CarrierSignature.verify("", good, body, NOW, Duration.ofMinutes(5)))
                .hasMessageContaining("no secret");
        assertThatThrownBy(() -> CarrierSignature.verify("s3cret", "v1=abc", body, NOW, Duration.ofMinutes(5)))
                .hasMessageContaining("t=");
    }

    @Test
    void trackingNumbersCarryACheckDigit() {
        assertThat(LabellingReturns.trackingNumber(1)).isEqualTo("RP00000000017");
        assertThat(LabellingReturns.trackingNumber(1234567890)).matches("RP1234567890\\d");
    }

    @Test
    void drawsTheStateDiagramIntoDocs() throws IOException {
        String doc = StateDiagrams.write(
                "shipment-lifecycle",
                "Shipment lifecycle",
                "`ShipmentLifecycleTest` from `ShipmentLifecycle.TABLE` (carrier events that do not fit, being older"
                        + " than the last one applied or out of place, are recorded, not applied)",
                ShipmentLifecycle.TABLE);
        assertThat(ShipmentLifecycle.TABLE.finals()).containsExactlyElementsOf(List.of(ShipmentStatus.DELIVERED));
        assertThat(doc).contains("IN_TRANSIT --> DELIVERED : DELIVERED");
    }
}
