package org.retrogistics.resale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.testing.Csv;
import tools.jackson.databind.JsonNode;

/**
 * Resale end to end over HTTP: a returned shirt decided for resale gets its listing drafted, waits for its work, is
 * listed at the disposition model's price and sold with the channel's fee; shirts decided for a lot are put in one,
 * its manifest is read back and the lot's sale is shared exactly over them. Bad inputs answer 4xx and write nothing.
 */
class ResaleIT extends ApiTestSupport {

    /** A shirt returned, received, graded, and decided (by a manager's override) for {@code option}. */
    private String shirtDecidedFor(Tenant t, String option) {
        String unitId = receivedUnit(t, "shirt", "CHANGED_MIND");
        post(
                "/api/units/" + unitId + "/inspections",
                t.token(Role.WAREHOUSE),
                Map.of("answers", Map.of("tags-packaging", "yes", "torn-stained", "no", "condition", "A")));
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        get("/api/units/" + unitId + "/disposition", t.admin()).status() == 200);
        if (!get("/api/units/" + unitId + "/disposition", t.admin())
                .json()
                .path("option")
                .asString()
                .equals(option)) {
            Res o = post(
                    "/api/units/" + unitId + "/disposition/override",
                    t.token(Role.MANAGER),
                    Map.of("option", option, "reason", "sold through resale in this test"));
            assertThat(o.status()).as(o.body()).isEqualTo(200);
        }
        return unitId;
    }

    private JsonNode listingOf(Tenant t, String unitId) {
        JsonNode content =
                get("/api/listings?unitId=" + unitId, t.admin()).json().path("content");
        return content.isEmpty() ? null : content.get(0);
    }

    private static BigDecimal grossPrice(JsonNode decision, String option) {
        for (JsonNode o : decision.path("options")) {
            if (o.path("option").asString().equals(option)) {
                return new BigDecimal(
                        o.path("value").path("grossPrice").path("amount").asString());
            }
        }
        throw new AssertionError("no " + option + " in " + decision);
    }

    @Test
    void aUnitDecidedForResaleIsDraftedListedAtTheModelsPriceAndSoldWithTheChannelFee() {
        Tenant t = newTenant();
        String agent = t.token(Role.AGENT);
        String unitId = shirtDecidedFor(t, "RESELL_AS_IS");

        // the decision drafted the listing on the marketplace (15% referral fee)
        await().atMost(Duration.ofSeconds(15)).until(() -> listingOf(t, unitId) != null);
        JsonNode draft = listingOf(t, unitId);
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("option").asString()).isEqualTo("RESELL_AS_IS");
        JsonNode marketplace = null;
        for (JsonNode c : get("/api/channels", agent).json()) {
            if (c.path("kind").asString().equals("MARKETPLACE")) {
                marketplace = c;
            }
        }
        assertThat(marketplace).isNotNull();
        assertThat(marketplace.path("feePercent").decimalValue()).isEqualByComparingTo("15");
        assertThat(marketplace.path("source").asString()).contains("REFERENCE.md");
        assertThat(draft.path("channelId").asString())
                .isEqualTo(marketplace.path("id").asString());

        // the repackaging the decision needs is not done: not yet
        Res early = post("/api/listings", agent, Map.of("unitId", unitId));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.problemCode()).isEqualTo("unit-work-pending");
        assertThat(listingOf(t, unitId).path("status").asString()).isEqualTo("DRAFT");

        int revision = get("/api/units/" + unitId + "/disposition", t.admin())
                .json()
                .path("revision")
                .asInt();
        finishWorkOn(t, unitId);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> get("/api/units/" + unitId + "/disposition", t.admin())
                                .json()
                                .path("revision")
                                .asInt()
                        > revision);
        JsonNode decision =
                get("/api/units/" + unitId + "/disposition", t.admin()).json();
        assertThat(decision.path("option").asString()).isEqualTo("RESELL_AS_IS");

        Res listed = post("/api/listings", agent, Map.of("unitId", unitId));
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        JsonNode listing = listed.json();
        String id = listing.path("id").asString();
        assertThat(id).isEqualTo(draft.path("id").asString());
        assertThat(listing.path("status").asString()).isEqualTo("LISTED");
        assertThat(listing.path("condition").asString()).isEqualTo("Used - good (F1/B)");
        BigDecimal asking =
                new BigDecimal(listing.path("askingPrice").path("amount").asString());
        assertThat(asking).isEqualByComparingTo(grossPrice(decision, "RESELL_AS_IS"));
        assertThat(asking).isPositive();

        Res again = post("/api/listings", agent, Map.of("unitId", unitId));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("unit-already-listed");

        Res negative = post("/api/listings/" + id + "/sell", agent, Map.of("price", "-1.00"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.problemCode()).isEqualTo("negative-price");
        assertThat(get("/api/listings/" + id, agent).json().path("status").asString())
                .isEqualTo("LISTED");

        Res sold = post("/api/listings/" + id + "/sell", agent, Map.of("price", "20.00", "buyer", "ann@example.com"));
        assertThat(sold.status()).as(sold.body()).isEqualTo(200);
        assertThat(sold.json().path("status").asString()).isEqualTo("SOLD");
        assertThat(sold.json().path("salePrice").path("amount").asString()).isEqualTo("20.00");
        assertThat(sold.json().path("fee").path("amount").asString()).isEqualTo("3.00");
        JsonNode soldUnit =
                get("/api/units/" + unitId + "/history", agent).json().path("unit");
        assertThat(soldUnit.path("state").asString())
                .as("a sold unit has left custody")
                .isEqualTo("RELEASED");
        assertThat(soldUnit.path("holder").asString()).isEqualTo("buyer:ann@example.com");

        Res closed = post("/api/listings/" + id + "/sell", agent, Map.of("price", "25.00"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.problemCode()).isEqualTo("listing-transition-not-allowed");
        assertThat(post("/api/listings/" + id + "/withdraw", agent, Map.of()).status())
                .isEqualTo(409);
        assertThat(get("/api/listings/" + id, agent)
                        .json()
                        .path("salePrice")
                        .path("amount")
                        .asString())
                .isEqualTo("20.00");

        JsonNode custody =
                get("/api/units/" + unitId + "/history", t.admin()).json().path("custody");
        assertThat(custody.findValuesAsString("sourceRef"))
                .contains("listing:" + listing.path("number").asString());
    }

    @Test
    void aLotOfOneClientsUnitsHasItsManifestAndItsSaleSharedOverItsUnits() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        String first = shirtDecidedFor(t, "B2B_LOT");
        String second = shirtDecidedFor(t, "B2B_LOT");
        // the first shirt is on a pallet: its SSCC is the manifest's pallet id
        String sscc = post("/api/containers", wh, Map.of("kind", "PALLET"))
                .json()
                .path("sscc")
                .asString();
        Res moved = post("/api/units/" + first + "/moves", wh, Map.of("location", "STOCK", "container", sscc));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        Res created = post("/api/lots", wh, Map.of("title", "Shirts, like new", "unitIds", List.of(first, second)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode lot = created.json();
        String lotId = lot.path("id").asString();
        String number = lot.path("number").asString();
        assertThat(lot.path("status").asString()).isEqualTo("OPEN");
        assertThat(lot.path("units").asInt()).isEqualTo(2);

        JsonNode units = get("/api/lots/" + lotId + "/units", wh).json();
        assertThat(units.path("totalElements").asInt()).isEqualTo(2);
        assertThat(units.path("content").findValuesAsString("unitId")).containsExactly(first, second);

        Res manifest = get("/api/lots/" + lotId + "/manifest.csv", wh);
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.contentType()).startsWith("text/csv");
        assertThat(manifest.header("Content-Disposition")).contains("manifest-" + number + ".csv");
        List<List<String>> rows = Csv.parse(manifest.body());
        assertThat(rows.get(0))
                .containsExactly(
                        "item",
                        "description",
                        "quantity",
                        "unit retail",
                        "extended retail",
                        "brand",
                        "GTIN/UPC",
                        "condition",
                        "pallet id",
                        "lot id");
        // one row for the palletised shirt, one for the loose one; the same SKU, price and condition
        assertThat(rows).hasSize(3);
        List<String> onPallet = rows.get(1);
        List<String> loose = rows.get(2);
        assertThat(onPallet.get(0)).isEqualTo(t.sku("shirt"));
        assertThat(onPallet.get(1)).isEqualTo(t.products().get("shirt").name());
        assertThat(onPallet.get(2)).isEqualTo("1");
        assertThat(onPallet.get(3)).isEqualTo("29.00");
        assertThat(onPallet.get(4)).isEqualTo("29.00");
        assertThat(onPallet.get(5)).isEqualTo("Test");
        assertThat(onPallet.get(7)).startsWith("Like new");
        assertThat(onPallet.get(8)).isEqualTo(sscc);
        assertThat(onPallet.get(9)).isEqualTo(number);
        assertThat(loose.get(8)).isEmpty();
        assertThat(loose.get(2)).isEqualTo("1");

        String manager = t.token(Role.MANAGER);
        Res notClosed = post("/api/lots/" + lotId + "/sell", manager, Map.of("price", "12.00", "buyer", "Liquidator"));
        assertThat(notClosed.status()).isEqualTo(409);
        assertThat(notClosed.problemCode()).isEqualTo("lot-transition-not-allowed");

        assertThat(post("/api/lots/" + lotId + "/close", wh, Map.of())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("CLOSED");
        Res negative = post("/api/lots/" + lotId + "/sell", manager, Map.of("price", "-12.00", "buyer", "Liquidator"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.problemCode()).isEqualTo("negative-price");

        Res sold = post("/api/lots/" + lotId + "/sell", manager, Map.of("price", "12.01", "buyer", "Liquidator Inc"));
        assertThat(sold.status()).as(sold.body()).isEqualTo(200);
        assertThat(sold.json().path("status").asString()).isEqualTo("SOLD");
        assertThat(sold.json().path("buyer").asString()).isEqualTo("Liquidator Inc");
        // B2B channel: 15% of 12.01 = 1.80 plus 0.25 per unit
        assertThat(sold.json().path("fee").path("amount").asString()).isEqualTo("2.30");
        // equal retail values: 6.01 and 6.00, the odd cent to the first unit; the shares add up to the price
        JsonNode shared = get("/api/lots/" + lotId + "/units", wh).json().path("content");
        assertThat(shared.get(0).path("share").decimalValue()).isEqualByComparingTo("6.01");
        assertThat(shared.get(1).path("share").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(shared.get(0)
                        .path("feeShare")
                        .decimalValue()
                        .add(shared.get(1).path("feeShare").decimalValue()))
                .isEqualByComparingTo("2.30");
        assertThat(get("/api/units/" + second + "/history", t.admin())
                        .json()
                        .path("custody")
                        .findValuesAsString("sourceRef"))
                .contains("lot:" + number);
    }

    @Test
    void badLotsAndListingsAnswer4xxWithTheReasonAndWriteNothing() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        String forLot = shirtDecidedFor(t, "B2B_LOT");
        String foreign = shirtDecidedFor(other, "B2B_LOT");
        String forListing = shirtDecidedFor(t, "RESELL_AS_IS");
        String recycled = shirtDecidedFor(t, "RECYCLE");

        // a phone holds data: decided for refurbishment and resale, it is not listed before its wipe passes
        String phone = receivedUnit(t, "phone", "DEFECTIVE");
        inspect(t, phone, phoneAnswers("fail", "B", "B"), "OK");
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        get("/api/units/" + phone + "/disposition", t.admin()).status() == 200);
        if (!get("/api/units/" + phone + "/disposition", t.admin())
                .json()
                .path("option")
                .asString()
                .equals("REFURBISH_AND_RESELL")) {
            assertThat(post(
                                    "/api/units/" + phone + "/disposition/override",
                                    t.token(Role.MANAGER),
                                    Map.of("option", "REFURBISH_AND_RESELL", "reason", "refurbish it"))
                            .status())
                    .isEqualTo(200);
        }
        Res unwiped = post("/api/listings", t.token(Role.AGENT), Map.of("unitId", phone));
        assertThat(unwiped.status()).as(unwiped.body()).isEqualTo(422);
        assertThat(unwiped.problemCode()).isEqualTo("unit-data-not-sanitised");
        assertThat(count("select count(*) from listing where unit_id = ?::uuid and status = 'LISTED'", phone))
                .isZero();

        Res mixed = post("/api/lots", wh, Map.of("unitIds", List.of(forLot, foreign)));
        assertThat(mixed.status()).as(mixed.body()).isEqualTo(422);
        assertThat(mixed.problemCode()).isEqualTo("lot-mixes-clients");
        assertThat(mixed.json().path("detail").asString()).contains("one client only");

        Res notForLot = post("/api/lots", wh, Map.of("unitIds", List.of(forLot, forListing)));
        assertThat(notForLot.status()).isEqualTo(422);
        assertThat(notForLot.problemCode()).isEqualTo("unit-not-decided-for-lot");

        Res notForListing = post("/api/listings", t.token(Role.AGENT), Map.of("unitId", recycled));
        assertThat(notForListing.status()).isEqualTo(422);
        assertThat(notForListing.problemCode()).isEqualTo("unit-not-decided-for-listing");

        Res noUnits = post("/api/lots", wh, Map.of("category", "apparel", "gradeBand", "SCRAP"));
        assertThat(noUnits.status()).isEqualTo(422);
        assertThat(noUnits.problemCode()).isEqualTo("no-units-for-lot");
        assertThat(count("select count(*) from resale_lot where client_id = ?", t.id().value()))
                .isZero();
        assertThat(count("select count(*) from lot_unit where client_id = ?", t.id().value()))
                .isZero();

        // by rule: every free apparel unit decided for a lot at this grade
        String band = "LIKE_NEW";
        Res byRule = post("/api/lots", wh, Map.of("category", "apparel", "gradeBand", band));
        assertThat(byRule.status()).as(byRule.body()).isEqualTo(201);
        assertThat(byRule.json().path("units").asInt()).isEqualTo(1);
        Res twice = post("/api/lots", wh, Map.of("unitIds", List.of(forLot)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemCode()).isEqualTo("unit-in-lot");
        assertThat(count("select count(*) from resale_lot where client_id = ?", t.id().value()))
                .isOne();

        // decided otherwise (here: recycling), the unit leaves its lot, which is then empty and cannot close
        String ruleLot = byRule.json().path("id").asString();
        assertThat(post(
                                "/api/units/" + forLot + "/disposition/override",
                                t.token(Role.MANAGER),
                                Map.of("option", "RECYCLE", "reason", "torn after all"))
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        get("/api/lots/" + ruleLot, wh).json().path("units").asInt() == 0);
        Res empty = post("/api/lots/" + ruleLot + "/close", wh, Map.of());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.problemCode()).isEqualTo("lot-empty");

        Res unknownSite = post("/api/lots", wh, Map.of("unitIds", List.of(forLot), "site", "NOWHERE"));
        assertThat(unknownSite.status()).isEqualTo(422);
        assertThat(unknownSite.problemCode()).isEqualTo("unknown-site");
    }
}
