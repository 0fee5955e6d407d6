package org.retrogistics;

import static org.awaitility.Awaitility.await;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.retrogistics.access.Role;
import org.retrogistics.orders.OrderDraft;
import org.retrogistics.returns.ExpiringReturns;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Random sequences of what customers, agents and the warehouse do to returns, over real HTTP on the real database,
 * with the invariants read from the database after every step:
 *
 * <ul>
 *   <li>money out (refunds, store credit and exchange differences paid out) never exceeds what was paid for an order
 *       line, in the order's currency;
 *   <li>no more units are returned (received) on an order line than were delivered on it;
 *   <li>no delivered unit is claimed twice: the units under open (or lost) returns of an order line, plus those
 *       received or kept on returns since closed, less those given back to the customer, never exceed what was
 *       delivered;
 *   <li>no customer sees or changes another customer's return.
 * </ul>
 *
 * Each sequence runs in a world of its own: three customers, each with an order in USD and one in EUR (a phone and a
 * shirt line each), on a client whose policy moves money at one of its steps (on request, on the carrier's scan, on
 * receipt, after inspection). QuickTheories generates the sequences and, on a failure, shrinks them: steps that do not
 * matter turn into {@link Skip}, which the report leaves out, and a last pass drops steps one at a time. A new action
 * is a record implementing {@link Action} and one more entry in {@link #actions()}.
 *
 * <p>1,000 sequences by default ({@code -Dsequences.examples=N} for another count); to keep the run short, sequences
 * with the same money step share a client, a fresh one every {@value #SEQUENCES_PER_CLIENT}, while each sequence
 * places its own orders for its own customers.
 */
class ReturnSequencesIT extends ApiTestSupport {

    private static final int SEQUENCES = Integer.getInteger("sequences.examples", 1000);

    /** Sequences that share one client (each with its own customers and orders), to keep the run short. */
    private static final int SEQUENCES_PER_CLIENT = 100;

    private static final Duration EVENTS_SETTLE = Duration.ofSeconds(10);

    private static final List<String> OPEN =
            List.of("REQUESTED", "UNDER_REVIEW", "AUTHORIZED", "IN_TRANSIT", "PARTIALLY_RECEIVED", "RECEIVED", "LOST");

    private static final AtomicInteger WORLDS = new AtomicInteger();

    @Autowired
    ExpiringReturns expiring;

    private final Map<MoneyMoment, Tenant> clients = new EnumMap<>(MoneyMoment.class);
    private final Map<MoneyMoment, Integer> clientUses = new EnumMap<>(MoneyMoment.class);

    @Test
    void moneyUnitsAndCustomersStaySeparateWhateverHappensToReturns() {
        long started = System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        try {
            qt().withExamples(SEQUENCES)
                    .withShrinkCycles(200)
                    .forAll(arbitrary().enumValues(MoneyMoment.class), sequences())
                    .checkAssert((moment, actions) -> {
                        runs.incrementAndGet();
                        try {
                            new World(moment).run(actions);
                        } catch (AssertionError e) {
                            remember(moment, actions);
                            throw e;
                        }
                    });
        } catch (AssertionError found) {
            throw minimised(found);
        } finally {
            System.out.printf(
                    "ReturnSequencesIT: %d sequences run (examples and shrinking) in %d s%n",
                    runs.get(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    /** The shortest sequence seen failing so far, kept for a last pass after QuickTheories' shrinking. */
    private MoneyMoment smallestMoment;

    private List<Action> smallest;

    private void remember(MoneyMoment moment, List<Action> actions) {
        if (smallest == null || steps(actions) < steps(smallest)) {
            smallestMoment = moment;
            smallest = actions;
        }
    }

    private static long steps(List<Action> actions) {
        return actions.stream().filter(a -> !(a instanceof Skip)).count();
    }

    /**
     * QuickTheories shrinks a list by shortening it from the end and each step towards {@link Skip}; this last pass
     * drops one step at a time from the shortest failing sequence while it still fails, so the report holds only steps
     * that each matter.
     */
    private AssertionError minimised(AssertionError found) {
        if (smallest == null) {
            return found;
        }
        List<Action> steps = new ArrayList<>(
                smallest.stream().filter(a -> !(a instanceof Skip)).toList());
        AssertionError last = null;
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (int i = 0; i < steps.size() && steps.size() > 1; i++) {
                List<Action> shorter = new ArrayList<>(steps);
                shorter.remove(i);
                AssertionError failure = failure(smallestMoment, shorter);
                if (failure != null) {
                    steps = shorter;
                    last = failure;
                    dropped = true;
                    break;
                }
            }
        }
        if (last == null) {
            last = failure(smallestMoment, steps);
        }
        return new AssertionError(
                "minimal failing sequence (policy moves money " + smallestMoment + "):" + report(steps) + "\n"
                        + (last == null ? "(it passed when run again)" : last.getMessage())
                        + "\n\nas QuickTheories reported it:\n" + found.getMessage(),
                found);
    }

    private AssertionError failure(MoneyMoment moment, List<Action> actions) {
        try {
            new World(moment).run(actions);
            return null;
        } catch (AssertionError e) {
            return e;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // actions

    /** One thing someone does in a world. {@link #toString()} is how it reads in a shrunk report. */
    sealed interface Action
            permits Skip,
                    Create,
                    Authorize,
                    Cancel,
                    Expire,
                    Ship,
                    Receive,
                    Inspect,
                    Resolve,
                    Retry,
                    Foreign,
                    Lose,
                    KeepIt,
                    Close {

        void apply(World w);
    }

    /** Nothing: what a step shrinks to when it is not needed to fail. */
    record Skip() implements Action {

        @Override
        public void apply(World w) {}

        @Override
        public String toString() {
            return "-";
        }
    }

    /** A customer returns units of one of their orders (USD or EUR), with a fresh Idempotency-Key. */
    record Create(int customer, int order, List<ReturnedLine> lines, Resolution resolution, ReturnReason reason)
            implements Action {

        @Override
        public void apply(World w) {
            w.create(this);
        }

        @Override
        public String toString() {
            return "customer " + customer + " returns from their " + (order == 0 ? "USD" : "EUR") + " order " + lines
                    + " for " + resolution + " (" + reason + ")";
        }
    }

    record ReturnedLine(int lineNo, int quantity) {

        @Override
        public String toString() {
            return "line " + lineNo + " x" + quantity;
        }
    }

    /** An agent authorizes a return referred for review. */
    record Authorize(int ret) implements Action {

        @Override
        public void apply(World w) {
            w.onReturn(
                    ret, (id, owner) -> w.post("/api/returns/" + id + "/authorize", w.t.token(Role.AGENT), Map.of()));
        }

        @Override
        public String toString() {
            return "agent authorizes return #" + ret;
        }
    }

    /** The customer who made a return cancels it. */
    record Cancel(int ret) implements Action {

        @Override
        public void apply(World w) {
            w.onReturn(
                    ret,
                    (id, owner) -> w.post(
                            "/api/returns/" + id + "/cancel",
                            w.customerToken(owner),
                            Map.of("reason", "changed my mind")));
        }

        @Override
        public String toString() {
            return "its customer cancels return #" + ret;
        }
    }

    /** The return's time to ship runs out and the expiry job runs. */
    record Expire(int ret) implements Action {

        @Override
        public void apply(World w) {
            w.onReturn(ret, (id, owner) -> {
                w.it.jdbc
                        .sql("update return_request set expires_at = now() - interval '1 hour' where id = ?::uuid")
                        .param(id)
                        .update();
                w.it.expiring.expireOverdue();
                return null;
            });
        }

        @Override
        public String toString() {
            return "return #" + ret + " expires";
        }
    }

    /** The carrier scans the parcel. */
    record Ship(int ret) implements Action {

        @Override
        public void apply(World w) {
            w.onReturn(
                    ret,
                    (id, owner) -> w.post(
                            "/api/returns/" + id + "/ship",
                            w.t.token(Role.AGENT),
                            Map.of("carrier", "UPS", "trackingNumber", "1Z" + id.substring(0, 8))));
        }

        @Override
        public String toString() {
            return "carrier scans return #" + ret;
        }
    }

    /** An agent says the shipped parcel of a return is lost; the policy resolves what never arrived as asked. */
    record Lose(int ret) implements Action {

        @Override
        public void apply(World w) {
            w.onReturn(
                    ret,
                    (id, owner) ->
                            w.post("/api/returns/" + id + "/lost", w.t.token(Role.AGENT), Map.of("reason", "claim")));
        }

        @Override
        public String toString() {
            return "the parcel of return #" + ret + " is lost";
        }
    }

    /** An agent lets the customer keep units of one line, with a reason. */
    record KeepIt(int ret, int lineNo, int quantity) implements Action {

        @Override
        public void apply(World w) {
            w.onReturn(
                    ret,
                    (id, owner) -> w.post(
                            "/api/returns/" + id + "/resolutions",
                            w.t.token(Role.AGENT),
                            Map.of("lineNo", lineNo, "kind", "KEEP_IT", "quantity", quantity, "note", "not worth it")));
        }

        @Override
        public String toString() {
            return "customer keeps line " + lineNo + " x" + quantity + " of return #" + ret;
        }
    }

    /** An agent closes a return, with a reason (short, or with money still open). */
    record Close(int ret) implements Action {

        @Override
        public void apply(World w) {
            w.onReturn(
                    ret,
                    (id, owner) -> w.post(
                            "/api/returns/" + id + "/close", w.t.token(Role.AGENT), Map.of("reason", "settled")));
        }

        @Override
        public String toString() {
            return "agent closes return #" + ret;
        }
    }

    /** The warehouse takes in units of one line of a return. */
    record Receive(int ret, int lineNo, int quantity) implements Action {

        @Override
        public void apply(World w) {
            w.onReturn(
                    ret,
                    (id, owner) -> w.post(
                            "/api/returns/" + id + "/receipts",
                            w.t.token(Role.WAREHOUSE),
                            Map.of("lineNo", lineNo, "quantity", quantity, "location", "dock-1")));
        }

        @Override
        public String toString() {
            return "warehouse receives " + quantity + " of line " + lineNo + " of return #" + ret;
        }
    }

    /** The warehouse grades a received unit of a return, good or damaged. */
    record Inspect(int ret, int unit, boolean damaged) implements Action {

        @Override
        public void apply(World w) {
            w.inspect(this);
        }

        @Override
        public String toString() {
            return "warehouse inspects unit " + unit + " of return #" + ret + (damaged ? " (damaged)" : " (good)");
        }
    }

    /** An agent resolves units of a return line: refund, store credit or an exchange, maybe for a given amount. */
    record Resolve(int ret, int lineNo, Resolution kind, Integer quantity, Integer amountCents, String exchangeFor)
            implements Action {

        @Override
        public void apply(World w) {
            w.resolve(this);
        }

        @Override
        public String toString() {
            return "agent gives " + kind + " on line " + lineNo + " of return #" + ret
                    + (quantity == null ? "" : " for " + quantity + " unit(s)")
                    + (amountCents == null ? "" : " of " + BigDecimal.valueOf(amountCents, 2))
                    + (kind == Resolution.EXCHANGE ? " (a " + exchangeFor + ")" : "");
        }
    }

    /** A request that had an Idempotency-Key is sent again, same key, same body. */
    record Retry(int request) implements Action {

        @Override
        public void apply(World w) {
            w.retry(request);
        }

        @Override
        public String toString() {
            return "keyed request #" + request + " is sent again";
        }
    }

    /** A customer looks at or cancels a return that another customer made. */
    record Foreign(int customer, int ret, boolean cancel) implements Action {

        @Override
        public void apply(World w) {
            w.foreign(this);
        }

        @Override
        public String toString() {
            return "customer " + customer + " " + (cancel ? "cancels" : "looks at") + " return #" + ret
                    + " (if it is someone else's)";
        }
    }

    private static Gen<List<Action>> sequences() {
        return lists().of(actions()).ofSizeBetween(1, 12).describedAs(ReturnSequencesIT::report);
    }

    /** The steps that matter, numbered; skipped ones are left out. */
    private static String report(List<Action> actions) {
        List<Action> steps = actions.stream().filter(a -> !(a instanceof Skip)).toList();
        return IntStream.range(0, steps.size())
                .mapToObj(i -> (i + 1) + ". " + steps.get(i))
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    /** Every action, Skip first: QuickTheories shrinks a choice towards the first option. */
    private static Gen<Action> actions() {
        Gen<Integer> customer = integers().between(0, 2);
        Gen<Integer> ret = integers().between(0, 5);
        Gen<Integer> lineNo = integers().between(1, 2);
        Gen<Integer> quantity = integers().between(1, 3);
        Gen<ReturnedLine> returnedLine = lineNo.zip(quantity, ReturnedLine::new);
        Gen<Action> create = customer.zip(
                integers().between(0, 1),
                lists().of(returnedLine).ofSizeBetween(1, 2),
                arbitrary().pick(Resolution.REFUND, Resolution.STORE_CREDIT, Resolution.EXCHANGE),
                arbitrary().pick(ReturnReason.CHANGED_MIND, ReturnReason.DEFECTIVE),
                Create::new);
        Gen<Action> resolve = ret.zip(
                        lineNo,
                        arbitrary().pick(Resolution.REFUND, Resolution.STORE_CREDIT, Resolution.EXCHANGE),
                        orNull(50, quantity),
                        (r, l, k, q) -> new Resolve(r, l, k, q, null, "shirt"))
                .zip(
                        orNull(70, integers().between(1, 150_000)),
                        arbitrary().pick("shirt", "phone"),
                        (r, a, x) -> new Resolve(r.ret(), r.lineNo(), r.kind(), r.quantity(), a, x));
        Gen<Action> skip = Generate.constant(new Skip());
        Gen<Action> authorize = ret.map(Authorize::new);
        Gen<Action> cancel = ret.map(Cancel::new);
        Gen<Action> expire = ret.map(Expire::new);
        Gen<Action> ship = ret.map(Ship::new);
        Gen<Action> receive = ret.zip(lineNo, quantity, Receive::new);
        Gen<Action> lose = ret.map(Lose::new);
        Gen<Action> keepIt = ret.zip(lineNo, quantity, KeepIt::new);
        Gen<Action> close = ret.map(Close::new);
        Gen<Action> inspect = ret.zip(integers().between(0, 5), arbitrary().pick(false, true), Inspect::new);
        Gen<Action> retry = integers().between(0, 9).map(Retry::new);
        Gen<Action> foreign = customer.zip(ret, arbitrary().pick(false, true), Foreign::new);
        return Generate.frequency(List.of(
                Pair.of(1, skip),
                Pair.of(5, create),
                Pair.of(1, authorize),
                Pair.of(2, cancel),
                Pair.of(1, expire),
                Pair.of(2, ship),
                Pair.of(3, receive),
                Pair.of(1, lose),
                Pair.of(1, keepIt),
                Pair.of(1, close),
                Pair.of(3, inspect),
                Pair.of(4, resolve),
                Pair.of(2, retry),
                Pair.of(2, foreign)));
    }

    /** The value, or null in about {@code percentNull} of the cases (shrinking towards null). */
    private static <T> Gen<T> orNull(int percentNull, Gen<T> values) {
        return integers().between(1, 100).zip(values, (p, v) -> p <= percentNull ? null : v);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the world of one sequence

    /** A request sent with an Idempotency-Key, kept to be sent again. */
    private record KeyedRequest(String path, String token, Map<String, Object> body, String key) {}

    @FunctionalInterface
    private interface OnReturn {
        Res apply(String returnId, int owner);
    }

    /** One sequence's customers, orders and returns, and what happened so far. */
    final class World {

        final ReturnSequencesIT it = ReturnSequencesIT.this;
        final Tenant t;
        final MoneyMoment moment;
        final int number = WORLDS.incrementAndGet();
        final Instant startedAt = Instant.now().minusSeconds(1);
        final List<String> emails = new ArrayList<>();
        final Map<Integer, String> customerTokens = new LinkedHashMap<>();
        /** Per customer: their USD order's number, then their EUR order's. */
        final List<List<String>> orderNumbers = new ArrayList<>();

        final List<UUID> orderIds = new ArrayList<>();
        /** Returns made so far, with the customer who made each. */
        final List<String> returnIds = new ArrayList<>();

        final List<Integer> returnOwners = new ArrayList<>();
        final List<KeyedRequest> keyed = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        int step;
        final List<String> breaches = new ArrayList<>();

        World(MoneyMoment moment) {
            this.moment = moment;
            this.t = client(moment);
            List<OrderDraft> drafts = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                String email = "w" + number + "-c" + c + "@example.com";
                emails.add(email);
                drafts.add(order(c, email, "USD"));
                drafts.add(order(c, email, "EUR"));
                orderNumbers.add(List.of(
                        drafts.get(drafts.size() - 2).orderNumber(),
                        drafts.get(drafts.size() - 1).orderNumber()));
            }
            orders.placeAll(t.id(), drafts).forEach(o -> orderIds.add(o.id()));
        }

        /** A delivered order of two phones (line 1) and three shirts (line 2). */
        private OrderDraft order(int customer, String email, String currency) {
            Instant delivered = Instant.now().minus(Duration.ofDays(3));
            return new OrderDraft(
                    t.code() + "-W" + number + "-C" + customer + "-" + currency,
                    email,
                    "Customer " + customer,
                    delivered.minus(Duration.ofDays(2)),
                    delivered,
                    currency,
                    List.of(
                            new OrderDraft.Line(t.sku("phone"), 2, new BigDecimal("499.00"), false),
                            new OrderDraft.Line(t.sku("shirt"), 3, new BigDecimal("29.00"), false)));
        }

        /** The token a customer acts with: issued to them (named by their e-mail address) and no one else. */
        String customerToken(int customer) {
            return customerTokens.computeIfAbsent(
                    customer, c -> access.issueToken(t.id(), emails.get(c), EnumSet.of(Role.CUSTOMER), emails.get(c)));
        }

        void run(List<Action> actions) {
            for (Action action : actions) {
                if (action instanceof Skip) {
                    continue;
                }
                log.add(++step + ". " + action);
                action.apply(this);
                settle();
                check();
                if (!breaches.isEmpty()) {
                    throw new AssertionError("in a world whose policy moves money " + moment + ", after\n"
                            + String.join("\n", log) + "\n\nbroken:\n" + String.join("\n", breaches));
                }
            }
        }

        Res post(String path, String token, Object body, String... headers) {
            Res res = it.post(path, token, body, headers);
            log.add("     -> " + res.status() + (res.status() >= 400 ? " " + problem(res) : ""));
            return res;
        }

        private String problem(Res res) {
            try {
                return res.problemCode();
            } catch (RuntimeException notJson) {
                return "";
            }
        }

        void onReturn(int ret, OnReturn action) {
            if (returnIds.isEmpty()) {
                log.add("     (no return yet)");
                return;
            }
            int i = ret % returnIds.size();
            action.apply(returnIds.get(i), returnOwners.get(i));
        }

        void create(Create c) {
            String order = orderNumbers.get(c.customer()).get(c.order());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (ReturnedLine l : c.lines()) {
                lines.add(line(
                        order,
                        l.lineNo(),
                        l.quantity(),
                        c.reason().name(),
                        c.resolution().name()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("customerEmail", emails.get(c.customer()));
            body.put("lines", lines);
            Res res = keyed("/api/returns", customerToken(c.customer()), body);
            if (res.status() == 201) {
                String id = res.json().path("id").asString();
                if (!returnIds.contains(id)) {
                    returnIds.add(id);
                    returnOwners.add(c.customer());
                }
                log.add("     return #" + returnIds.indexOf(id) + " "
                        + res.json().path("status").asString());
            }
        }

        void inspect(Inspect i) {
            onReturn(i.ret(), (id, owner) -> {
                List<Map<String, Object>> units = jdbc.sql(
                                """
                                select u.id::text as id, u.sku from unit u
                                  join return_line rl on u.source_ref = 'return-line:' || rl.id
                                 where rl.return_id = ?::uuid and u.state = 'IN_CUSTODY'
                                 order by rl.line_no, u.licence_plate
                                """)
                        .param(id)
                        .query()
                        .listOfRows();
                if (units.isEmpty()) {
                    log.add("     (no unit in custody)");
                    return null;
                }
                Map<String, Object> unit = units.get(i.unit() % units.size());
                boolean phone = unit.get("sku").toString().endsWith("-PHONE");
                Map<String, Object> body = new LinkedHashMap<>();
                if (phone) {
                    body.put("answers", phoneAnswers(i.damaged() ? "fail" : "pass", i.damaged() ? "D" : "A", "A"));
                    body.put("batteryState", "OK");
                } else {
                    body.put(
                            "answers",
                            Map.of(
                                    "tags-packaging",
                                    "yes",
                                    "torn-stained",
                                    i.damaged() ? "yes" : "no",
                                    "condition",
                                    i.damaged() ? "D" : "A"));
                }
                return post("/api/units/" + unit.get("id") + "/inspections", t.token(Role.WAREHOUSE), body);
            });
        }

        void resolve(Resolve r) {
            onReturn(r.ret(), (id, owner) -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("lineNo", r.lineNo());
                body.put("kind", r.kind().name());
                if (r.quantity() != null) {
                    body.put("quantity", r.quantity());
                }
                if (r.amountCents() != null && r.kind() != Resolution.EXCHANGE) {
                    body.put("amount", BigDecimal.valueOf(r.amountCents(), 2));
                }
                if (r.kind() == Resolution.EXCHANGE) {
                    body.put("sku", t.sku(r.exchangeFor()));
                }
                return keyed("/api/returns/" + id + "/resolutions", t.token(Role.AGENT), body);
            });
        }

        private Res keyed(String path, String token, Map<String, Object> body) {
            KeyedRequest request = new KeyedRequest(path, token, body, "w" + number + "-k" + keyed.size());
            keyed.add(request);
            log.add("     (keyed request #" + (keyed.size() - 1) + ")");
            return post(path, token, body, "Idempotency-Key", request.key());
        }

        void retry(int request) {
            if (keyed.isEmpty()) {
                log.add("     (no keyed request yet)");
                return;
            }
            KeyedRequest r = keyed.get(request % keyed.size());
            Res res = post(r.path(), r.token(), r.body(), "Idempotency-Key", r.key());
            if (res.status() == 201 && r.path().equals("/api/returns")) {
                String id = res.json().path("id").asString();
                if (!returnIds.contains(id)) {
                    breaches.add("a retry with the key of keyed request #" + (request % keyed.size())
                            + " made another return");
                }
            }
        }

        void foreign(Foreign f) {
            if (returnIds.isEmpty()) {
                log.add("     (no return yet)");
                return;
            }
            int i = f.ret() % returnIds.size();
            String id = returnIds.get(i);
            int owner = returnOwners.get(i);
            int actor = f.customer() == owner ? (owner + 1) % emails.size() : f.customer();
            String before = returnState(id);
            Res res = f.cancel()
                    ? post(
                            "/api/returns/" + id + "/cancel",
                            customerToken(actor),
                            Map.of("reason", "not mine to cancel"))
                    : get("/api/returns/" + id + "/resolutions", customerToken(actor));
            if (!f.cancel()) {
                log.add("     -> " + res.status());
            }
            if (res.status() < 400) {
                breaches.add("customer " + actor + " " + (f.cancel() ? "cancelled" : "read the resolutions of")
                        + " return #" + i + " of customer " + owner + ": HTTP " + res.status());
            }
            if (!returnState(id).equals(before)) {
                breaches.add("customer " + actor + " changed return #" + i + " of customer " + owner + ": " + before
                        + " -> " + returnState(id));
            }
        }

        private String returnState(String id) {
            return jdbc.sql("select status || ' v' || version from return_request where id = ?::uuid")
                    .param(id)
                    .query(String.class)
                    .single();
        }

        /** Waits until the events this world's steps published have been handled (refunds follow events). */
        private void settle() {
            try {
                await().atMost(EVENTS_SETTLE)
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(2))
                        .until(() -> pendingEvents() == 0);
            } catch (ConditionTimeoutException e) {
                throw new AssertionError(
                        "events still unhandled after " + EVENTS_SETTLE + ":\n" + String.join("\n", log), e);
            }
        }

        private long pendingEvents() {
            return jdbc.sql(
                            """
                            select count(*) from event_publication
                             where completion_date is null and publication_date >= ?
                               and (status is null or status not in ('FAILED', 'COMPLETED'))
                            """)
                    .param(Timestamp.from(startedAt))
                    .query(Long.class)
                    .single();
        }

        /** The invariants, from the database, over this world's order lines. */
        private void check() {
            moneyOut();
            unitsReturned();
        }

        private void moneyOut() {
            jdbc.sql(
                            """
                            select co.order_number, ol.line_no, co.currency as order_currency, mm.currency,
                                   ol.quantity * ol.unit_price as paid, sum(mm.amount) as out
                              from money_movement mm
                              join return_line rl on rl.id = mm.return_line_id
                              join order_line ol on ol.id = rl.order_line_id
                              join customer_order co on co.id = ol.order_id
                             where co.id in (:orders) and mm.status = 'ISSUED'
                               and mm.kind in ('REFUND_TO_ORIGINAL', 'STORE_CREDIT', 'EXCHANGE_DIFFERENCE_REFUNDED')
                             group by co.order_number, ol.line_no, co.currency, mm.currency, ol.quantity, ol.unit_price
                            """)
                    .param("orders", orderIds)
                    .query()
                    .listOfRows()
                    .forEach(row -> {
                        BigDecimal paid = (BigDecimal) row.get("paid");
                        BigDecimal out = (BigDecimal) row.get("out");
                        String where = row.get("order_number") + " line " + row.get("line_no");
                        if (!row.get("order_currency").equals(row.get("currency"))) {
                            breaches.add(where + ": paid in " + row.get("order_currency") + ", money out in "
                                    + row.get("currency"));
                        }
                        if (out.compareTo(paid) > 0) {
                            breaches.add(where + ": money out " + out + " " + row.get("currency") + " exceeds the "
                                    + paid + " paid");
                        }
                    });
        }

        private void unitsReturned() {
            jdbc.sql(
                            """
                            select co.order_number, ol.line_no, ol.quantity as delivered, ol.returned_quantity,
                                   coalesce(sum(rl.received_quantity), 0) as received,
                                   coalesce(sum(case when rr.status in (:open)
                                                          then rl.quantity - rl.given_back_quantity
                                                     when rr.status = 'CLOSED'
                                                          then greatest(0, rl.received_quantity + rl.kept_quantity
                                                                           - rl.given_back_quantity)
                                                     else 0 end), 0) as claimed
                              from order_line ol
                              join customer_order co on co.id = ol.order_id
                              left join return_line rl on rl.order_line_id = ol.id
                              left join return_request rr on rr.id = rl.return_id
                             where co.id in (:orders)
                             group by co.order_number, ol.line_no, ol.quantity, ol.returned_quantity
                            """)
                    .param("open", OPEN)
                    .param("orders", orderIds)
                    .query()
                    .listOfRows()
                    .forEach(row -> {
                        long delivered = ((Number) row.get("delivered")).longValue();
                        long received = ((Number) row.get("received")).longValue();
                        long claimed = ((Number) row.get("claimed")).longValue();
                        long counted = ((Number) row.get("returned_quantity")).longValue();
                        String where = row.get("order_number") + " line " + row.get("line_no");
                        if (received > delivered || counted > delivered) {
                            breaches.add(where + ": " + Math.max(received, counted) + " returned of " + delivered
                                    + " delivered");
                        }
                        if (claimed > delivered) {
                            breaches.add(where + ": " + claimed + " units under open or closed returns of " + delivered
                                    + " delivered (a unit in two returns)");
                        }
                    });
        }
    }

    /** The client for worlds whose policy moves money at {@code moment}; a fresh one every so many sequences. */
    private Tenant client(MoneyMoment moment) {
        int uses = clientUses.merge(moment, 1, Integer::sum);
        if (!clients.containsKey(moment) || uses > SEQUENCES_PER_CLIENT) {
            Tenant t = newTenant();
            policies.publish(
                    t.id(),
                    new PolicyTerms(
                            30,
                            14,
                            Set.of(),
                            new BigDecimal("15.00"),
                            Set.of(ReturnReason.DEFECTIVE),
                            EnumSet.of(Resolution.REFUND, Resolution.EXCHANGE, Resolution.STORE_CREDIT),
                            moment,
                            new BigDecimal("1000.00"),
                            false,
                            null,
                            null,
                            null,
                            null));
            for (String product : List.of("phone", "shirt")) {
                Res stock = send(
                        java.net.http.HttpRequest.newBuilder(uri("/api/exchange-stock/" + t.sku(product)))
                                .header("Content-Type", "application/json")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"available\": 1000000}")),
                        t.token(Role.MANAGER));
                if (stock.status() != 200) {
                    throw new AssertionError("exchange stock refused: " + stock.body());
                }
            }
            clients.put(moment, t);
            clientUses.put(moment, 1);
        }
        return clients.get(moment);
    }
}
