package org.retrogistics.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.shared.ClientId;

class ShopperScopeTest {

    private static final ClientId CLIENT = new ClientId(UUID.randomUUID());

    @Test
    void aBoundCustomerSeesItsOwnShopperOnlyWhateverTheCaseOrBlanks() {
        Actor shopper = Actor.shopper(CLIENT, "token:shop", "  Sam@Example.COM ");
        assertThat(shopper.boundEmail()).contains("sam@example.com");
        assertThat(ShopperScope.limits(shopper)).isTrue();
        assertThat(ShopperScope.permits(shopper, "sam@example.com")).isTrue();
        assertThat(ShopperScope.permits(shopper, "SAM@example.com ")).isTrue();
        assertThat(ShopperScope.permits(shopper, "kim@example.com")).isFalse();
        assertThat(ShopperScope.permits(shopper, null)).isFalse();
    }

    @Test
    void aCustomerBoundToNobodySeesNothingAndStaffSeeEverything() {
        Actor unbound = new Actor(CLIENT, "legacy", EnumSet.of(Role.CUSTOMER), null);
        assertThat(ShopperScope.limits(unbound)).isTrue();
        assertThat(ShopperScope.shopper(unbound)).isEmpty();
        assertThat(ShopperScope.permits(unbound, "sam@example.com")).isFalse();

        Actor agent = new Actor(CLIENT, "agent", EnumSet.of(Role.AGENT), null);
        assertThat(ShopperScope.limits(agent)).isFalse();
        assertThat(ShopperScope.permits(agent, "anyone@example.com")).isTrue();
        assertThat(ShopperScope.permits(agent, null)).isTrue();
    }

    @Test
    void aShopperIsAlwaysBoundToAnAddress() {
        assertThatThrownBy(() -> Actor.shopper(CLIENT, "x", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
