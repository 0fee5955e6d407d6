package org.retrogistics.recalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which items a campaign's criteria name: lots, serial ranges (one length, character order) and sale dates. */
class RecallCriteriaTest {

    private static final UUID PRODUCT = UUID.randomUUID();

    private static RecallCriteria lots(String... lots) {
        return new RecallCriteria(PRODUCT, "SKU", List.of(lots), null, null, null, null);
    }

    private static RecallCriteria serials(String from, String to) {
        return new RecallCriteria(PRODUCT, "SKU", null, from, to, null, null);
    }

    @Test
    void aLotListMatchesExactlyThoseLots() {
        RecallCriteria c = lots("L-7", " L-9 ");
        assertThat(c.matches("L-7", null, null)).isTrue();
        assertThat(c.matches("L-9", "anything", null)).isTrue();
        assertThat(c.matches("L-8", null, null)).isFalse();
        assertThat(c.matches("l-7", null, null)).isFalse();
        assertThat(c.matches(null, null, null)).isFalse();
    }

    @Test
    void aSerialRangeComparesSerialsOfTheSameLengthInCharacterOrder() {
        RecallCriteria c = serials("SN0099", "SN0120");
        assertThat(c.matches(null, "SN0099", null)).isTrue();
        assertThat(c.matches(null, "SN0100", null)).isTrue();
        assertThat(c.matches(null, "SN0120", null)).isTrue();
        assertThat(c.matches(null, "SN0121", null)).isFalse();
        assertThat(c.matches(null, "SN0098", null)).isFalse();
        // another length is another numbering scheme: "SN01" sorts between the bounds, yet is not in the range
        assertThat("SN01".compareTo("SN0099")).isPositive();
        assertThat(c.matches(null, "SN01", null)).isFalse();
        assertThat(c.matches(null, "SN00999", null)).isFalse();
        // another prefix of the same length is outside the shared prefix
        assertThat(c.matches(null, "SM0100", null)).isFalse();
        assertThat(c.matches(null, "sn0100", null)).isFalse();
        assertThat(c.matches(null, null, null)).isFalse();
    }

    @Test
    void saleDatesIncludeBothDaysInUtcAndAllCriteriaMustHold() {
        RecallCriteria c = new RecallCriteria(
                PRODUCT,
                "SKU",
                List.of("L-1"),
                null,
                null,
                LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"));
        assertThat(c.matches("L-1", null, Instant.parse("2026-03-01T00:00:00Z")))
                .isTrue();
        assertThat(c.matches("L-1", null, Instant.parse("2026-03-31T23:59:59Z")))
                .isTrue();
        assertThat(c.matches("L-1", null, Instant.parse("2026-04-01T00:00:00Z")))
                .isFalse();
        assertThat(c.matches("L-1", null, Instant.parse("2026-02-28T23:59:59Z")))
                .isFalse();
        assertThat(c.matches("L-2", null, Instant.parse("2026-03-10T12:00:00Z")))
                .isFalse();
        assertThat(c.matches("L-1", null, null)).isFalse();
        RecallCriteria openEnded =
                new RecallCriteria(PRODUCT, "SKU", null, null, null, LocalDate.parse("2026-03-01"), null);
        assertThat(openEnded.matches(null, null, Instant.parse("2030-01-01T00:00:00Z")))
                .isTrue();
    }

    @Test
    void criteriaThatNameNoSetAreRefused() {
        assertThatThrownBy(() -> new RecallCriteria(PRODUCT, "SKU", List.of(" "), null, null, null, null))
                .isInstanceOf(InvalidRecallCriteria.class)
                .hasMessageContaining("name the affected items");
        assertThatThrownBy(() -> serials("SN001", null)).hasMessageContaining("both");
        assertThatThrownBy(() -> serials("SN001", "SN0100")).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> serials("SN0200", "SN0100")).hasMessageContaining("comes after");
        assertThatThrownBy(() -> new RecallCriteria(
                        PRODUCT, "SKU", null, null, null, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01")))
                .hasMessageContaining("after");
    }

    @Test
    void describesItselfForPeople() {
        assertThat(serials("A1", "A9").describe()).isEqualTo("SKU, serials A1 to A9");
        assertThat(lots("L1", "L2").describe()).isEqualTo("SKU, lot L1 or L2");
    }
}
