package org.retrogistics.resale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.shared.Money;
import org.retrogistics.testing.StateDiagrams;

/** The listing's and the lot's tables, the aggregates that follow them, and the diagrams drawn from them. */
class ResaleLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Currency USD = Currency.getInstance("USD");

    private static SalesChannel channel(ChannelKind kind, String percent, String fixed) {
        return new SalesChannel(
                new SalesChannel.Draft(
                        UUID.randomUUID(), "c", "C", kind, new BigDecimal(percent), new BigDecimal(fixed), USD, "test"),
                NOW);
    }

    private static Listing draft() {
        return new Listing(
                new Listing.Draft(
                        UUID.randomUUID(),
                        "LS-1",
                        UUID.randomUUID(),
                        channel(ChannelKind.MARKETPLACE, "15", "0"),
                        DispositionOption.RESELL_AS_IS,
                        "SKU",
                        "Phone",
                        "Used - good (F2/B)",
                        Money.of("120.00", "USD"),
                        "model"),
                NOW);
    }

    @Test
    void aListingIsDraftedListedAndSoldOnceAndNeverAfterWithdrawal() {
        Listing l = draft();
        assertThat(l.getStatus()).isEqualTo(ListingStatus.DRAFT);
        assertThatThrownBy(() -> l.sell(Money.of("1", "USD"), Money.of("0", "USD"), null, NOW))
                .isInstanceOf(ResaleConflict.class)
                .hasMessageContaining("draft");
        l.publish(channel(ChannelKind.MARKETPLACE, "15", "0"), null, NOW);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.LISTED);
        assertThat(l.askingPrice()).isEqualTo(Money.of("120.00", "USD"));
        l.sell(Money.of("110.00", "USD"), Money.of("16.50", "USD"), "ann", NOW);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.SOLD);
        assertThat(l.salePrice()).isEqualTo(Money.of("110.00", "USD"));
        assertThatThrownBy(() -> l.sell(Money.of("1", "USD"), Money.of("0", "USD"), null, NOW))
                .isInstanceOf(ResaleConflict.class)
                .extracting("code")
                .isEqualTo("listing-transition-not-allowed");
        assertThatThrownBy(() -> l.withdraw("x", NOW)).isInstanceOf(ResaleConflict.class);
    }

    @Test
    void aNegativePriceAndAB2bChannelAreRefusedAndChangeNothing() {
        Listing l = draft();
        assertThatThrownBy(() -> l.publish(channel(ChannelKind.B2B, "15", "0.25"), null, NOW))
                .extracting("code")
                .isEqualTo("channel-not-for-listings");
        assertThatThrownBy(() -> l.publish(channel(ChannelKind.OUTLET, "0", "0"), Money.of("-1", "USD"), NOW))
                .extracting("code")
                .isEqualTo("negative-price");
        assertThat(l.getStatus()).isEqualTo(ListingStatus.DRAFT);
        l.publish(channel(ChannelKind.OUTLET, "0", "0"), null, NOW);
        assertThatThrownBy(() -> l.sell(Money.of("-0.01", "USD"), Money.of("0", "USD"), null, NOW))
                .extracting("code")
                .isEqualTo("negative-price");
        assertThat(l.getStatus()).isEqualTo(ListingStatus.LISTED);
    }

    @Test
    void aChannelChargesItsPercentAndItsFixedFeePerItem() {
        SalesChannel b2b = channel(ChannelKind.B2B, "15", "0.25");
        assertThat(b2b.fee(Money.of("100.00", "USD"), 4)).isEqualTo(Money.of("16.00", "USD"));
        assertThat(channel(ChannelKind.MARKETPLACE, "12.5", "0").fee(Money.of("9.99", "USD"), 1))
                .isEqualTo(Money.of("1.25", "USD"));
        assertThatThrownBy(() -> channel(ChannelKind.OUTLET, "101", "0")).isInstanceOf(InvalidResaleInput.class);
        assertThatThrownBy(() -> channel(ChannelKind.OUTLET, "1", "-1")).isInstanceOf(InvalidResaleInput.class);
    }

    @Test
    void aLotIsClosedOnlyWithUnitsAndSoldOnlyWhenClosed() {
        Lot lot = new Lot(
                new Lot.Draft(UUID.randomUUID(), "LOT-1", "t", "electronics", GradeBand.GOOD, null, USD, "me"), NOW);
        assertThatThrownBy(() -> lot.close(0, NOW)).extracting("code").isEqualTo("lot-empty");
        assertThatThrownBy(() -> lot.sell(Money.of("10", "USD"), Money.of("0", "USD"), null, "buyer", NOW))
                .extracting("code")
                .isEqualTo("lot-transition-not-allowed");
        lot.addUnits();
        lot.close(3, NOW);
        assertThatThrownBy(lot::addUnits).isInstanceOf(ResaleConflict.class);
        assertThatThrownBy(() -> lot.sell(Money.of("-5", "USD"), Money.of("0", "USD"), null, "buyer", NOW))
                .extracting("code")
                .isEqualTo("negative-price");
        assertThatThrownBy(() -> lot.sell(Money.of("5", "USD"), Money.of("0", "USD"), null, " ", NOW))
                .extracting("code")
                .isEqualTo("buyer-required");
        assertThat(lot.getStatus()).isEqualTo(LotStatus.CLOSED);
        lot.sell(Money.of("500", "USD"), Money.of("75", "USD"), null, "Liquidator Inc", NOW);
        assertThat(lot.getStatus()).isEqualTo(LotStatus.SOLD);
        assertThatThrownBy(lot::cancel).isInstanceOf(ResaleConflict.class);
        assertThatThrownBy(lot::reopen).isInstanceOf(ResaleConflict.class);
    }

    @Test
    void everyStateIsReachableAndTheEndStatesHaveNoWayOut() {
        for (var t : LotLifecycle.TABLE.transitions()) {
            assertThat(t.from()).isNotIn(LotStatus.SOLD, LotStatus.CANCELLED);
        }
        for (var t : ListingLifecycle.TABLE.transitions()) {
            assertThat(t.from()).isNotIn(ListingStatus.SOLD, ListingStatus.WITHDRAWN);
        }
        assertThat(LotLifecycle.TABLE.transitions().stream().map(t -> t.to()))
                .contains(LotStatus.CLOSED, LotStatus.SOLD, LotStatus.CANCELLED);
        assertThat(ListingLifecycle.TABLE.transitions().stream().map(t -> t.to()))
                .contains(ListingStatus.LISTED, ListingStatus.SOLD, ListingStatus.WITHDRAWN);
    }

    @Test
    void drawsTheStateDiagramsIntoDocs() throws IOException {
        String listing = StateDiagrams.write(
                "listing-lifecycle",
                "Listing lifecycle",
                "`ResaleLifecycleTest` from `ListingLifecycle.TABLE`",
                ListingLifecycle.TABLE);
        assertThat(ListingLifecycle.TABLE.finals())
                .containsExactlyElementsOf(List.of(ListingStatus.SOLD, ListingStatus.WITHDRAWN));
        assertThat(listing).contains("LISTED --> SOLD : SELL").contains("WITHDRAWN --> [*]");
        String lot = StateDiagrams.write(
                "lot-lifecycle",
                "Lot lifecycle",
                "`ResaleLifecycleTest` from `LotLifecycle.TABLE`",
                LotLifecycle.TABLE);
        assertThat(LotLifecycle.TABLE.finals()).containsExactlyElementsOf(List.of(LotStatus.SOLD, LotStatus.CANCELLED));
        assertThat(lot).contains("CLOSED --> SOLD : SELL").contains("OPEN --> OPEN : ADD_UNITS");
    }
}
