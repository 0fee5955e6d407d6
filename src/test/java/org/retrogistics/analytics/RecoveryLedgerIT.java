package org.retrogistics.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.RecoveryFacts.Kind;
import org.retrogistics.shared.UnitFateReached;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.testing.RecoveryFactsPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * A unit's life from request to money: recovery facts published by producers (through the outbox, as the transport,
 * refund and resale modules do) and by a real work order land once in the ledger, and the unit, return and summary
 * queries add them up per currency against what the disposition expected.
 */
class RecoveryLedgerIT extends ApiTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    private RecoveryFactsPublisher producer() {
        return new RecoveryFactsPublisher(events, transactions);
    }

    private record Received(String returnId, String unitId) {}

    /** A defective phone returned for an exchange, received at the dock, inspected (F3/B) and decided. */
    private Received decidedPhone(Tenant t) {
        String order = placeOrder(t, 3, "phone", 1);
        // an exchange moves no money by itself: the ledger holds only the facts each test publishes or causes
        JsonNode r = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "DEFECTIVE", "EXCHANGE")))
                .json();
        String wh = t.token(Role.WAREHOUSE);
        assertThat(post(
                                "/api/receiving/scans",
                                wh,
                                Map.of("code", r.path("rmaNumber").asString()))
                        .status())
                .isEqualTo(201);
        String returnId = r.path("id").asString();
        String unitId = get("/api/returns/" + returnId + "/units", wh)
                .json()
                .get(0)
                .path("id")
                .asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from inspection_task where unit_id = ?::uuid", unitId) == 1);
        inspect(t, unitId, phoneAnswers("fail", "B", "B"), "OK");
        // the ledger learns of the decision by event, after the disposition module has stored it
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !recovery(t, unitId).path("expected").isNull());
        return new Received(returnId, unitId);
    }

    /**
     * Waits until the recovery ledger's own listeners have handled the events that mention the text. Other modules'
     * listeners on the same events (disposition, money) run on the same executor and are not what these tests check;
     * should the wait time out, the failure lists every publication still open for the text, with its listener.
     */
    private void awaitLedgerListeners(String like, Duration atMost) {
        String open = "select count(*) from event_publication where completion_date is null"
                + " and serialized_event like ? and listener_id like 'org.retrogistics.analytics.%'";
        try {
            await().atMost(atMost).until(() -> count(open, like) == 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            List<String> pending = jdbc.sql("select listener_id || ' <- ' || event_type || ' since '"
                            + " || publication_date from event_publication"
                            + " where completion_date is null and serialized_event like ?")
                    .param(like)
                    .query(String.class)
                    .list();
            throw new AssertionError("publications still open for " + like + ": " + pending, e);
        }
    }

    private JsonNode recovery(Tenant t, String unitId) {
        Res r = get("/api/units/" + unitId + "/recovery", t.token(Role.MANAGER));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static RecoveryFacts.Entry fact(
            Tenant t, String unitId, Kind kind, String amount, String type, String ref) {
        return new RecoveryFacts.Entry(UUID.fromString(unitId), null, t.id(), kind, Money.of(amount, "USD"), type, ref);
    }

    private static JsonNode totalIn(JsonNode totals, String currency) {
        for (JsonNode n : totals) {
            if (n.path("currency").asString().equals(currency)) {
                return n;
            }
        }
        throw new AssertionError("no " + currency + " total in " + totals);
    }

    private static BigDecimal amount(JsonNode money) {
        return new BigDecimal(money.path("amount").asString());
    }

    @Test
    void factsFromProducersLandOnceAndAddUpPerUnitReturnAndOptionWithCurrenciesApart() {
        Tenant t = newTenant();
        Received phone = decidedPhone(t);
        String manager = t.token(Role.MANAGER);
        JsonNode decision =
                get("/api/units/" + phone.unitId() + "/disposition", manager).json();
        String option = decision.path("option").asString();
        BigDecimal expected = new BigDecimal(decision.path("options")
                .get(ordinalOf(decision, option))
                .path("value")
                .path("net")
                .path("amount")
                .asString());

        RecoveryFacts sale = new RecoveryFacts(
                List.of(fact(t, phone.unitId(), Kind.SALE, "350.00", "listing", "LST-" + t.code())),
                java.time.Instant.now());
        producer()
                .publish(
                        fact(t, phone.unitId(), Kind.TRANSPORT, "6.40", "leg", "LEG-1-" + t.code()),
                        fact(t, phone.unitId(), Kind.REFUND, "499.00", "refund", "RF-" + t.code()),
                        new RecoveryFacts.Entry(
                                UUID.fromString(phone.unitId()),
                                UUID.fromString(phone.returnId()),
                                t.id(),
                                Kind.FEES,
                                Money.of("2.00", "EUR"),
                                "leg",
                                "LEG-2-" + t.code()));
        producer().publish(sale);
        // the same sale delivered a second time (a producer's retry, as a new event with the same entries): recorded
        // once. Not the identical event object: two publications with the same serialized event and listener can be
        // completed as one by the event publication registry when both run at once (our reading of the two timeouts
        // in full runs, where one such publication stayed open with no error): the registry's bookkeeping, not the
        // ledger's dedupe, which is what this checks
        producer().publish(new RecoveryFacts(sale.facts(), sale.occurredAt().plusMillis(1)));

        awaitLedgerListeners("%" + t.code() + "%", Duration.ofSeconds(90));
        JsonNode unit = recovery(t, phone.unitId());
        assertThat(unit.path("entries").size()).isEqualTo(4);
        assertThat(unit.path("entries").findValuesAsString("kind"))
                .containsExactlyInAnyOrder("TRANSPORT", "REFUND", "FEES", "SALE");
        // every entry knows its return, even when the producer did not name it
        assertThat(unit.path("entries").findValuesAsString("returnId")).containsOnly(phone.returnId());
        assertThat(unit.path("returnId").asString()).isEqualTo(phone.returnId());

        JsonNode usd = totalIn(unit.path("totals"), "USD");
        assertThat(amount(usd.path("costs"))).isEqualByComparingTo("505.40");
        assertThat(amount(usd.path("recoveries"))).isEqualByComparingTo("350.00");
        assertThat(amount(usd.path("net"))).isEqualByComparingTo("-155.40");
        JsonNode eur = totalIn(unit.path("totals"), "EUR");
        assertThat(amount(eur.path("costs"))).isEqualByComparingTo("2.00");
        assertThat(amount(eur.path("net"))).isEqualByComparingTo("-2.00");
        assertThat(unit.path("totals").size()).isEqualTo(2);

        // expected against actual, like with like: the decision's expected net leaves the return's refund (499.00)
        // out, so the actual it is compared with does too: 350.00 sale less 6.40 transport
        assertThat(unit.path("expected").path("option").asString()).isEqualTo(option);
        assertThat(amount(unit.path("expected").path("expectedNet"))).isEqualByComparingTo(expected);
        assertThat(amount(unit.path("gap"))).isEqualByComparingTo(new BigDecimal("343.60").subtract(expected));

        // the return's ledger: its one unit, and the same totals
        JsonNode ret =
                get("/api/returns/" + phone.returnId() + "/recovery", manager).json();
        assertThat(ret.path("units").findValuesAsString("unitId")).containsExactly(phone.unitId());
        assertThat(amount(totalIn(ret.path("totals"), "USD").path("net"))).isEqualByComparingTo("-155.40");
        assertThat(amount(totalIn(ret.path("totals"), "EUR").path("net"))).isEqualByComparingTo("-2.00");
        assertThat(ret.path("units").get(0).path("expected").path("option").asString())
                .isEqualTo(option);

        // per option: one unit compared, its expected and actual; the EUR fee is not added to USD figures
        JsonNode byOption =
                get("/api/recovery/summary?groupBy=option", manager).json().path("byOption");
        assertThat(byOption.size()).isEqualTo(1);
        JsonNode row = byOption.get(0);
        assertThat(row.path("option").asString()).isEqualTo(option);
        assertThat(row.path("currency").asString()).isEqualTo("USD");
        assertThat(row.path("units").asInt()).isEqualTo(1);
        assertThat(amount(row.path("expected"))).isEqualByComparingTo(expected);
        assertThat(amount(row.path("actual")))
                .as("without the refund, as the expectation")
                .isEqualByComparingTo("343.60");
        assertThat(amount(row.path("meanGap"))).isEqualByComparingTo(new BigDecimal("343.60").subtract(expected));

        // per client and per month: one row per currency, never summed together
        JsonNode byClient =
                get("/api/recovery/summary?groupBy=client", manager).json().path("byPeriod");
        assertThat(byClient.size()).isEqualTo(2);
        assertThat(byClient.findValuesAsString("group")).containsOnly(t.id().toString());
        List<String> currencies = new ArrayList<>();
        byClient.forEach(r -> currencies.add(r.path("totals").path("currency").asString()));
        assertThat(currencies).containsExactly("EUR", "USD");
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        JsonNode byMonth = get("/api/recovery/summary?groupBy=month&from=" + month + "-01", manager)
                .json()
                .path("byPeriod");
        assertThat(byMonth.findValuesAsString("group")).containsOnly(month);
        assertThat(byMonth.get(1).path("totals").path("entries").asInt()).isEqualTo(3);
        assertThat(get("/api/recovery/summary?groupBy=client&to=2000-01-01", manager)
                        .json()
                        .path("byPeriod")
                        .size())
                .isZero();

        Res bad = get("/api/recovery/summary?groupBy=week", manager);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemCode()).isEqualTo("invalid-recovery-query");
        assertThat(get("/api/recovery/summary?groupBy=month&from=yesterday", manager)
                        .status())
                .isEqualTo(400);

        // the ledger is append-only, whoever asks
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("update recovery_entry set amount = 0 where unit_id = ?::uuid")
                                .param(phone.unitId())
                                .update())
                .hasMessageContaining("append-only");
    }

    private static int ordinalOf(JsonNode decision, String option) {
        JsonNode options = decision.path("options");
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).path("option").asString().equals(option)) {
                return i;
            }
        }
        throw new AssertionError(option + " not among " + options);
    }

    @Test
    void aCompletedWorkOrderPutsItsLabourPartsAndHarvestedPartsOnTheUnitsLedger() {
        Tenant t = newTenant();
        Received phone = decidedPhone(t);
        String manager = t.token(Role.MANAGER);
        String tech = t.technician();
        send(
                java.net.http.HttpRequest.newBuilder(uri("/api/technicians/" + t.technicianName() + "/qualifications"))
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"families\":[\"*\"]}")),
                manager);
        Res opened = post("/api/work-orders", manager, Map.of("unitId", phone.unitId(), "kind", "TEARDOWN"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().path("id").asString();
        String number = opened.json().path("number").asString();
        post("/api/work-orders/" + id + "/assign", manager, Map.of("technician", t.technicianName()));
        post("/api/work-orders/" + id + "/start", tech, Map.of());
        post("/api/work-orders/" + id + "/tests", tech, Map.of("name", "parts-inspected", "passed", true));
        post("/api/work-orders/" + id + "/parts", tech, Map.of("sku", "SCREEN-1", "quantity", 1, "unitCost", "42.50"));
        post("/api/work-orders/" + id + "/parts", tech, Map.of("sku", "SCREW", "quantity", 4, "unitCost", "0.05"));
        post("/api/work-orders/" + id + "/labour", tech, Map.of("minutes", 35));
        Res done = post(
                "/api/work-orders/" + id + "/complete",
                tech,
                Map.of(
                        "harvested",
                        List.of(Map.of("sku", t.sku("shirt"), "serial", "PART-1", "description", "battery"))));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        String plate =
                done.json().path("result").path("harvestedUnitPlates").get(0).asString();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> recovery(t, phone.unitId()).path("entries").size() == 3);
        JsonNode unit = recovery(t, phone.unitId());
        Map<String, JsonNode> byKind = new java.util.HashMap<>();
        unit.path("entries").forEach(e -> byKind.put(e.path("kind").asString(), e));
        // 35 minutes at the default 30.00 an hour
        assertThat(amount(byKind.get("LABOUR").path("amount"))).isEqualByComparingTo("17.50");
        assertThat(byKind.get("LABOUR").path("side").asString()).isEqualTo("COST");
        assertThat(byKind.get("LABOUR").path("sourceType").asString()).isEqualTo("work-order");
        assertThat(byKind.get("LABOUR").path("sourceRef").asString()).isEqualTo(number);
        assertThat(amount(byKind.get("PARTS").path("amount"))).isEqualByComparingTo("42.70");
        // the harvested part at its catalogue value (the test's shirt, 29.00), a recovery of the torn-down unit
        assertThat(amount(byKind.get("PARTS_VALUE").path("amount"))).isEqualByComparingTo("29.00");
        assertThat(byKind.get("PARTS_VALUE").path("side").asString()).isEqualTo("RECOVERY");
        assertThat(byKind.get("PARTS_VALUE").path("sourceRef").asString()).isEqualTo(number + "/" + plate);
        assertThat(unit.path("entries").findValuesAsString("returnId")).containsOnly(phone.returnId());
        assertThat(amount(totalIn(unit.path("totals"), "USD").path("net"))).isEqualByComparingTo("-31.20");

        JsonNode ret =
                get("/api/returns/" + phone.returnId() + "/recovery", manager).json();
        assertThat(amount(totalIn(ret.path("totals"), "USD").path("net"))).isEqualByComparingTo("-31.20");
    }

    @Test
    void anOverrideBringsANewExpectationAndTheSummaryComparesWithTheFirstOrTheOneInForce() {
        Tenant t = newTenant();
        Received phone = decidedPhone(t);
        String manager = t.token(Role.MANAGER);
        String first =
                recovery(t, phone.unitId()).path("expected").path("option").asString();
        String other = first.equals("RECYCLE") ? "DESTROY" : "RECYCLE";
        Res overridden = post(
                "/api/units/" + phone.unitId() + "/disposition/override",
                manager,
                Map.of("option", other, "reason", "recycler contract quota"));
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recovery(t, phone.unitId()).path("expectations").size() == 2);
        JsonNode beforeFacts = get("/api/recovery/summary?groupBy=option", manager)
                .json()
                .path("byOption")
                .get(0);
        assertThat(beforeFacts.path("units").asInt()).isZero();
        assertThat(beforeFacts.path("awaitingFacts").asInt()).isEqualTo(1);
        assertThat(amount(beforeFacts.path("expected"))).isEqualByComparingTo("0");
        producer().publish(fact(t, phone.unitId(), Kind.RECYCLING, "0.80", "recycling-batch", "RB-" + t.code()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recovery(t, phone.unitId()).path("entries").size() == 1);

        JsonNode unit = recovery(t, phone.unitId());
        assertThat(unit.path("expectations").findValuesAsString("option")).containsExactly(first, other);
        assertThat(unit.path("expected").path("option").asString()).isEqualTo(other);
        assertThat(unit.path("expected").path("revision").asInt()).isEqualTo(2);

        JsonNode inForce =
                get("/api/recovery/summary?groupBy=option", manager).json().path("byOption");
        assertThat(inForce.findValuesAsString("option")).containsExactly(other);
        JsonNode firstBasis = get("/api/recovery/summary?groupBy=option&basis=first", manager)
                .json()
                .path("byOption");
        assertThat(firstBasis.findValuesAsString("option")).containsExactly(first);
        assertThat(amount(firstBasis.get(0).path("actual"))).isEqualByComparingTo("-0.80");
        // its fate settles its story: recorded once, and the unit counts among the settled
        UnitFateReached fate = new UnitFateReached(
                UUID.fromString(phone.unitId()),
                t.id(),
                UnitFateReached.Fate.RECYCLE,
                310L,
                "recycling-batch",
                "RB-" + t.code(),
                java.time.Instant.now());
        assertThat(get("/api/recovery/summary?groupBy=option&settledOnly=true", manager)
                        .json()
                        .path("byOption")
                        .size())
                .isZero();
        // the same fate reported again a second later (a producer's retry): recorded once
        UnitFateReached again = new UnitFateReached(
                fate.unitId(),
                fate.clientId(),
                fate.fate(),
                fate.weightGrams(),
                fate.sourceType(),
                fate.sourceRef(),
                fate.occurredAt().plusSeconds(1));
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(tx -> events.publishEvent(fate));
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(tx -> events.publishEvent(again));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recovery(t, phone.unitId()).path("fates").size() == 1);
        awaitLedgerListeners("%RB-" + t.code() + "%", Duration.ofSeconds(30));
        assertThat(recovery(t, phone.unitId()).path("fates").findValuesAsString("fate"))
                .containsExactly("RECYCLE");
        JsonNode settled = get("/api/recovery/summary?groupBy=option&settledOnly=true", manager)
                .json()
                .path("byOption");
        assertThat(settled.findValuesAsString("option")).containsExactly(other);
        assertThat(settled.get(0).path("settled").asInt()).isEqualTo(1);

        // a period before the decision holds no unit
        assertThat(get("/api/recovery/summary?groupBy=option&to=2000-01-01", manager)
                        .json()
                        .path("byOption")
                        .size())
                .isZero();
    }

    @Test
    void anotherClientSeesNoneOfIt() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        Received phone = decidedPhone(a);
        producer().publish(fact(a, phone.unitId(), Kind.SALE, "123.45", "listing", "LST-" + a.code()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recovery(a, phone.unitId()).path("entries").size() == 1);

        String bManager = b.token(Role.MANAGER);
        assertThat(get("/api/units/" + phone.unitId() + "/recovery", bManager).status())
                .isEqualTo(404);
        assertThat(get("/api/returns/" + phone.returnId() + "/recovery", bManager)
                        .status())
                .isEqualTo(404);
        for (String groupBy : List.of("option", "client", "month")) {
            Res summary = get("/api/recovery/summary?groupBy=" + groupBy, bManager);
            assertThat(summary.status()).isEqualTo(200);
            assertThat(summary.json().path("byOption").size()).isZero();
            assertThat(summary.json().path("byPeriod").size()).isZero();
        }
        // and the roles: a customer's token reads no ledger, an agent reads a unit's but no summary
        assertThat(get("/api/units/" + phone.unitId() + "/recovery", a.token(Role.CUSTOMER))
                        .status())
                .isEqualTo(403);
        assertThat(get("/api/units/" + phone.unitId() + "/recovery", a.token(Role.AGENT))
                        .status())
                .isEqualTo(200);
        assertThat(get("/api/recovery/summary", a.token(Role.AGENT)).status()).isEqualTo(403);
    }
}
