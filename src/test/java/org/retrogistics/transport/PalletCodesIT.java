package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.shared.Sscc;
import org.retrogistics.testing.ApiTestSupport;

/** A pallet's code (its SSCC) is unique within a client: another client's code is neither refused nor confirmed. */
class PalletCodesIT extends ApiTestSupport {

    @Test
    void twoClientsCanUseTheSamePalletCodeAndEachSeesOnlyItsOwn() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        String sscc = Sscc.of('9', "0614141", ThreadLocalRandom.current().nextLong(1_000_000_000L))
                .value();
        Map<String, Object> pallet = Map.of("kind", "PALLET", "sscc", sscc);

        Res ofA = post("/api/containers", a.token(Role.WAREHOUSE), pallet);
        assertThat(ofA.status()).as(ofA.body()).isEqualTo(201);
        Res ofB = post("/api/containers", b.token(Role.WAREHOUSE), pallet);
        assertThat(ofB.status()).as(ofB.body()).isEqualTo(201);
        assertThat(ofB.json().path("id").asString())
                .isNotEqualTo(ofA.json().path("id").asString());

        // still one per client
        Res twice = post("/api/containers", a.token(Role.WAREHOUSE), pallet);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemCode()).isEqualTo("duplicate-container");

        assertThat(get("/api/containers/" + sscc, b.token(Role.WAREHOUSE))
                        .json()
                        .path("container")
                        .path("id")
                        .asString())
                .isEqualTo(ofB.json().path("id").asString());
        assertThat(get("/api/containers/" + sscc, a.token(Role.WAREHOUSE))
                        .json()
                        .path("container")
                        .path("id")
                        .asString())
                .isEqualTo(ofA.json().path("id").asString());
    }
}
