package org.retrogistics.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.ShopperScope;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.Unit;
import org.retrogistics.custody.UnitState;
import org.retrogistics.orders.Order;
import org.retrogistics.orders.OrderLine;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking, judging and tracking returns. Every method acts for one client (the actor's) and either completes or writes
 * nothing.
 */
@Service
@Transactional(readOnly = true)
public class ReturnManagement {

    private static final String LINE_REF = "return-line:";

    private final ReturnRequestRepository returns;
    private final ReturnSettlement settlement;
    private final ReturnPolicies policies;
    private final ReasonCodes reasonCodes;
    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final CustodyLedger custody;
    private final Clock clock;
    private final BulkReturnWriter bulk;

    ReturnManagement(
            ReturnRequestRepository returns,
            ReturnPolicies policies,
            ReasonCodes reasonCodes,
            OrderManagement orders,
            CatalogManagement catalog,
            CustodyLedger custody,
            org.springframework.jdbc.core.JdbcTemplate jdbc,
            org.springframework.context.ApplicationEventPublisher events,
            java.util.Optional<Clock> clock,
            ReturnSettlement settlement) {
        this.settlement = settlement;
        this.returns = returns;
        this.policies = policies;
        this.reasonCodes = reasonCodes;
        this.orders = orders;
        this.catalog = catalog;
        this.custody = custody;
        this.clock = clock.orElse(Clock.systemUTC());
        this.bulk = new BulkReturnWriter(jdbc, custody, events);
    }

    /**
     * Opens recall returns for many order lines at once, nobody having asked: reserves the quantities on the order
     * lines (guarded as for any return), then writes one authorized return per order with kind and reason RECALL and
     * expects its units, all with set-based SQL in this transaction. Per return it records what a return authorized
     * one by one records: the timeline entries ReturnRequested and ReturnAuthorized, the events {@code
     * ReturnRequested} and {@code ReturnAuthorized}, and each unit's EXPECTED ledger entry. The return policy is not
     * asked (a recall is the seller's own decision) and the return does not expire. A line that has nothing left to
     * return when the batch runs is skipped and named in the answer.
     */
    @Transactional
    public RecallReturns openRecallReturns(
            Actor actor, String campaign, String note, Resolution remedy, Map<UUID, Integer> orderLines) {
        List<org.retrogistics.orders.SoldLine> reserved = orders.reserveAll(actor.clientId(), orderLines);
        RecallReturns opened = bulk.write(actor, campaign, note, remedy == null ? Resolution.NONE : remedy, reserved);
        java.util.Set<UUID> done = new java.util.HashSet<>();
        reserved.forEach(s -> done.add(s.lineId()));
        List<UUID> skipped =
                orderLines.keySet().stream().filter(id -> !done.contains(id)).toList();
        return new RecallReturns(opened.opened(), skipped);
    }

    /** "Can I return this?": the policy's verdict for each line, without recording anything. */
    public List<LineVerdict> evaluate(Actor actor, NewReturn request) {
        ReturnPolicy policy = policies.current(actor.clientId());
        List<ReturnLineSpec> specs = resolve(actor, request);
        return judge(request.kindOrDefault(), specs, policy, clock.instant());
    }

    /**
     * Records a return: judges it by the current policy, reserves the quantities on the order lines (refused if that
     * would exceed what was delivered, also under concurrent requests), and authorizes it or sends it to review.
     */
    @Transactional
    public ReturnRequest request(Actor actor, NewReturn request) {
        ReturnKind kind = request.kindOrDefault();
        if (kind == ReturnKind.DELIVERY_FAILURE) {
            throw new InvalidReturnRequest("Delivery failures are reported through the return-to-sender endpoint");
        }
        if (kind == ReturnKind.RECALL) {
            throw new InvalidReturnRequest("Recall returns are opened by launching a recall campaign (/api/recalls)");
        }
        List<ReturnLineSpec> specs = resolve(actor, request);
        return open(actor, kind, ownerEmail(actor, request, specs), request.customerName(), specs);
    }

    /**
     * Whose return it is: a customer's is always its bound shopper's (the body cannot name another); staff name the
     * shopper in the body or, for a return against an order, the order's customer is taken.
     */
    private static String ownerEmail(Actor actor, NewReturn request, List<ReturnLineSpec> specs) {
        String claimed = claimedEmail(actor, request);
        if (claimed != null) {
            return claimed;
        }
        List<String> owners = specs.stream()
                .filter(s -> s.orderLine() != null)
                .map(s -> ShopperScope.normalise(s.orderLine().customerEmail()))
                .distinct()
                .toList();
        if (owners.size() > 1) {
            throw new InvalidReturnRequest(
                    "The lines name orders of different customers; one return is one customer's");
        }
        return owners.isEmpty() ? null : owners.get(0);
    }

    /**
     * The shopper a request is for. A customer's binding decides; a body e-mail that differs is refused rather than
     * silently replaced, so a storefront learns of its mistake. Staff may name anyone (or nobody).
     */
    private static String claimedEmail(Actor actor, NewReturn request) {
        if (!ShopperScope.limits(actor)) {
            return request.customerEmail();
        }
        String bound = ShopperScope.shopper(actor).orElseThrow(ShopperNotBound::new);
        if (request.customerEmail() != null && !bound.equals(ShopperScope.normalise(request.customerEmail()))) {
            throw new ShopperNotBound(request.customerEmail());
        }
        return bound;
    }

    /** A carrier could not deliver: the parcel comes back with everything still outstanding, no customer asked. */
    @Transactional
    public ReturnRequest returnToSender(
            Actor actor, String orderNumber, String carrier, String trackingNumber, String note) {
        Order order = orders.orderByNumber(actor.clientId(), orderNumber);
        Map<UUID, ProductFacts> products = catalog.productsById(
                actor.clientId(),
                order.getLines().stream().map(OrderLine::getProductId).toList());
        List<ReturnLineSpec> specs = new ArrayList<>();
        for (OrderLine line : order.getLines()) {
            if (line.returnable() > 0) {
                specs.add(new ReturnLineSpec(
                        products.get(line.getProductId()),
                        OrderManagement.facts(order, line),
                        line.returnable(),
                        ReturnReason.DELIVERY_FAILURE,
                        null,
                        note,
                        null,
                        null,
                        Resolution.NONE));
            }
        }
        if (specs.isEmpty()) {
            throw new InvalidReturnRequest("Order " + orderNumber + " has nothing left that could come back");
        }
        ReturnRequest r =
                open(actor, ReturnKind.DELIVERY_FAILURE, order.getCustomerEmail(), order.getCustomerName(), specs);
        if (r.getStatus() == ReturnStatus.AUTHORIZED) {
            r.ship(actor.name(), carrier, trackingNumber, clock.instant());
            moveUnits(actor, r, CustodyEventType.IN_TRANSIT, "in transit", carrier, "returned to sender");
        }
        return returns.save(r);
    }

    private ReturnRequest open(Actor actor, ReturnKind kind, String email, String name, List<ReturnLineSpec> specs) {
        Instant now = clock.instant();
        ReturnPolicy policy = policies.current(actor.clientId());
        List<LineVerdict> verdicts = judge(kind, specs, policy, now);
        PolicyOutcome outcome =
                verdicts.stream().map(v -> v.verdict().outcome()).reduce(PolicyOutcome.ALLOW, PolicyOutcome::and);
        if (outcome == PolicyOutcome.REJECT) {
            throw new ReturnRefusedByPolicy(verdicts);
        }
        for (ReturnLineSpec spec : specs) {
            if (spec.orderLine() != null) {
                orders.reserveReturn(actor.clientId(), spec.orderLine(), spec.quantity());
            }
        }
        String rma = "RMA-%08d".formatted(returns.nextRmaNumber());
        ReturnRequest r = ReturnRequest.request(
                actor.clientId().value(),
                rma,
                kind,
                email,
                name,
                policy,
                specs,
                verdicts.stream().map(LineVerdict::verdict).toList(),
                actor.name(),
                now);
        r.decide(outcome, summary(verdicts, outcome), policy.shipWithinDays(), "policy v" + policy.getVersion(), now);
        r = returns.save(r);
        if (r.getStatus() == ReturnStatus.AUTHORIZED) {
            expectUnits(actor, r);
        }
        return r;
    }

    private static String summary(List<LineVerdict> verdicts, PolicyOutcome outcome) {
        return verdicts.stream()
                .filter(v -> v.verdict().outcome() == outcome)
                .map(v -> v.verdict().reason())
                .distinct()
                .reduce((a, b) -> a + "; " + b)
                .orElse(outcome.name());
    }

    private static List<LineVerdict> judge(
            ReturnKind kind, List<ReturnLineSpec> specs, ReturnPolicy policy, Instant now) {
        List<LineVerdict> verdicts = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            ReturnLineSpec s = specs.get(i);
            ReturnCandidate candidate = new ReturnCandidate(
                    kind, s.product(), s.orderLine(), s.quantity(), s.reason(), s.resolution(), now);
            verdicts.add(new LineVerdict(i + 1, s.product().sku(), ReturnPolicyEvaluation.evaluate(candidate, policy)));
        }
        return verdicts;
    }

    /**
     * Turns request lines into specs: finds order lines and products, maps reason codes. Writes nothing. An order the
     * actor may not act on (another shopper's, or not the one the body names) is answered as unknown.
     */
    private List<ReturnLineSpec> resolve(Actor actor, NewReturn request) {
        ClientId client = actor.clientId();
        String claimed = claimedEmail(actor, request);
        ReturnKind kind = request.kindOrDefault();
        Map<String, Order> ordersByNumber = new HashMap<>();
        List<ReturnLineSpec> specs = new ArrayList<>();
        int n = 0;
        for (NewReturn.Line line : request.lines()) {
            n++;
            ReturnReason reason = reasonOf(line, n);
            Resolution resolution = line.resolution() == null ? Resolution.NONE : line.resolution();
            if (line.orderNumber() != null && !line.orderNumber().isBlank()) {
                Order order = ordersByNumber.computeIfAbsent(
                        line.orderNumber(), number -> orders.orderByNumber(client, number));
                if (!ShopperScope.permits(actor, order.getCustomerEmail())
                        || (claimed != null && !order.getCustomerEmail().equalsIgnoreCase(claimed))) {
                    // the same answer as an unknown order: an e-mail must not confirm that an order exists
                    throw new NotFound("order", line.orderNumber());
                }
                OrderLine orderLine = findOrderLine(order, line, n);
                OrderLineFacts facts = OrderManagement.facts(order, orderLine);
                ProductFacts product = catalog.product(client, orderLine.getProductId());
                specs.add(new ReturnLineSpec(
                        product,
                        facts,
                        line.quantity(),
                        reason,
                        line.reasonCode(),
                        line.note(),
                        line.serial(),
                        line.lot(),
                        resolution));
            } else {
                if (kind.needsOrder()) {
                    throw new InvalidReturnRequest("Line " + n + ": a " + kind + " names the order it comes from");
                }
                if (line.sku() == null || line.sku().isBlank()) {
                    throw new InvalidReturnRequest("Line " + n + ": give an order number or a SKU");
                }
                ProductFacts product =
                        catalog.productBySku(client, line.sku()).orElseThrow(() -> new NotFound("product", line.sku()));
                specs.add(new ReturnLineSpec(
                        product,
                        null,
                        line.quantity(),
                        reason,
                        line.reasonCode(),
                        line.note(),
                        line.serial(),
                        line.lot(),
                        resolution));
            }
        }
        return specs;
    }

    private ReturnReason reasonOf(NewReturn.Line line, int n) {
        if (line.reason() != null && line.reasonCode() != null) {
            ReturnReason mapped = reasonCodes.resolve(line.reasonCode());
            if (mapped != line.reason()) {
                throw new InvalidReturnRequest("Line " + n + ": reason " + line.reason() + " and reason code "
                        + line.reasonCode() + " (" + mapped + ") disagree; give one");
            }
            return mapped;
        }
        if (line.reason() != null) {
            return line.reason();
        }
        if (line.reasonCode() != null) {
            return reasonCodes.resolve(line.reasonCode());
        }
        throw new InvalidReturnRequest("Line " + n + ": give a reason (internal) or a reasonCode (source:code)");
    }

    private static OrderLine findOrderLine(Order order, NewReturn.Line line, int n) {
        if (line.lineNo() != null) {
            OrderLine found = order.lineNo(line.lineNo())
                    .orElseThrow(() -> new NotFound("order-line", order.getOrderNumber() + "/" + line.lineNo()));
            if (line.sku() != null && !line.sku().equals(found.getSku())) {
                throw new InvalidReturnRequest("Line " + n + ": order " + order.getOrderNumber() + " line "
                        + line.lineNo() + " is " + found.getSku() + ", not " + line.sku());
            }
            return found;
        }
        if (line.sku() == null) {
            throw new InvalidReturnRequest("Line " + n + ": give the order's lineNo or the SKU");
        }
        List<OrderLine> matching = order.getLines().stream()
                .filter(l -> l.getSku().equals(line.sku()))
                .toList();
        if (matching.isEmpty()) {
            throw new NotFound("order-line", order.getOrderNumber() + "/" + line.sku());
        }
        if (matching.size() > 1) {
            throw new InvalidReturnRequest("Line " + n + ": order " + order.getOrderNumber() + " has " + matching.size()
                    + " lines with SKU " + line.sku() + "; give lineNo");
        }
        return matching.get(0);
    }

    @Transactional
    public ReturnRequest authorize(Actor actor, UUID id, Long expectedVersion, String note) {
        ReturnRequest r = load(actor, id, expectedVersion);
        ReturnPolicy policy = policies.current(actor.clientId());
        r.authorize(actor.name(), note == null ? "Approved on review" : note, policy.shipWithinDays(), clock.instant());
        expectUnits(actor, r);
        return returns.save(r);
    }

    @Transactional
    public ReturnRequest reject(Actor actor, UUID id, Long expectedVersion, String reason) {
        ReturnRequest r = load(actor, id, expectedVersion);
        r.reject(actor.name(), reason, clock.instant());
        release(actor, r, "return rejected");
        return returns.save(r);
    }

    @Transactional
    public ReturnRequest cancel(Actor actor, UUID id, Long expectedVersion, String reason) {
        ReturnRequest r = load(actor, id, expectedVersion);
        settlement.lock(actor.clientId(), id); // a resolution recorded meanwhile is seen (docs/adr/0011)
        r.cancel(actor.name(), reason, clock.instant());
        release(actor, r, "return cancelled");
        return returns.save(r);
    }

    @Transactional
    public ReturnRequest ship(Actor actor, UUID id, Long expectedVersion, String carrier, String trackingNumber) {
        ReturnRequest r = load(actor, id, expectedVersion);
        r.ship(actor.name(), carrier, trackingNumber, clock.instant());
        moveUnits(actor, r, CustodyEventType.IN_TRANSIT, "in transit", carrier, "carrier scan " + trackingNumber);
        return returns.save(r);
    }

    /** Takes in units on one line at a location; their custody ledgers record the receipt. */
    @Transactional
    public ReturnRequest receive(
            Actor actor, UUID id, Long expectedVersion, int lineNo, int quantity, String location) {
        ReturnRequest r = load(actor, id, expectedVersion);
        r.receive(lineNo, quantity, actor.name(), clock.instant());
        ReturnLine line = r.line(lineNo);
        List<Unit> waiting = custody.unitsFor(actor.clientId(), List.of(sourceRef(line))).stream()
                .filter(u -> u.getState() == UnitState.EXPECTED || u.getState() == UnitState.IN_TRANSIT)
                .limit(quantity)
                .toList();
        for (Unit unit : waiting) {
            custody.record(
                    actor.clientId(),
                    unit.getId(),
                    new CustodyMove(
                            CustodyEventType.RECEIVED,
                            location,
                            "warehouse",
                            clock.instant(),
                            actor.name(),
                            sourceRef(line),
                            "received on " + r.getRmaNumber()));
        }
        return returns.save(r);
    }

    /**
     * Counts units taken in at the dock against the return line they were announced on. The receiving station records
     * their custody itself, so this moves only the return.
     */
    @Transactional
    public ReturnRequest countReceived(Actor actor, String sourceRef, int quantity) {
        ReturnRequest r =
                byLine(actor.clientId(), sourceRef, true).orElseThrow(() -> new NotFound("return line", sourceRef));
        int lineNo = r.getLines().stream()
                .filter(l -> sourceRef(l).equals(sourceRef))
                .findFirst()
                .orElseThrow()
                .getLineNo();
        r.receive(lineNo, quantity, actor.name(), clock.instant());
        return returns.save(r);
    }

    /**
     * Counts a unit taken in at the dock against the line {@link #receivableLine} found for it, in the same transaction
     * (which locked the return then): the return is not looked up again.
     */
    @Transactional
    public ReturnRequest countReceived(Actor actor, ReceivableLine line, int quantity) {
        // found by id, the return is the one this transaction already holds (and has locked): no further query
        ReturnRequest r = returns.findById(line.returnId())
                .filter(x -> x.getClientId().equals(actor.clientId().value()))
                .orElseThrow(() -> new NotFound("return", line.returnId()));
        r.receive(line.lineNo(), quantity, actor.name(), clock.instant());
        return returns.save(r);
    }

    /**
     * The return line a unit was announced on, if its source is one. The return is locked until the transaction ends,
     * so that units of one return scanned at the same time at two stations are counted one after the other.
     */
    @Transactional
    public Optional<ReceivableLine> receivableLine(ClientId client, String sourceRef) {
        return byLine(client, sourceRef, true).map(r -> {
            ReturnLine l = r.getLines().stream()
                    .filter(x -> sourceRef(x).equals(sourceRef))
                    .findFirst()
                    .orElseThrow();
            return new ReceivableLine(
                    r.getId(),
                    r.getRmaNumber(),
                    l.getLineNo(),
                    l.getReason(),
                    l.getRequestedResolution(),
                    r.getStatus(),
                    l.outstanding());
        });
    }

    /** A return found by what is printed on a parcel: its RMA number or its carrier's tracking number. */
    public Optional<ReturnRequest> byParcelCode(ClientId client, String code) {
        Optional<ReturnRequest> byRma = returns.findByClientIdAndRmaNumber(client.value(), code);
        if (byRma.isPresent()) {
            return byRma.map(ReturnManagement::loaded);
        }
        return returns.findByClientIdAndTrackingNumber(client.value(), code).stream()
                .findFirst()
                .map(ReturnManagement::loaded);
    }

    /** The return a unit came in on, from the source its custody names ("return-line:..."); empty for any other. */
    public Optional<UUID> returnIdOf(ClientId client, String unitSourceRef) {
        return byLine(client, unitSourceRef, false).map(ReturnRequest::getId);
    }

    private Optional<ReturnRequest> byLine(ClientId client, String sourceRef, boolean lock) {
        if (sourceRef == null || !sourceRef.startsWith(LINE_REF)) {
            return Optional.empty();
        }
        UUID lineId;
        try {
            lineId = UUID.fromString(sourceRef.substring(LINE_REF.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // the lines only: receiving a unit appends to the timeline without reading it
        return (lock ? returns.lockByLineId(client.value(), lineId) : returns.findByLineId(client.value(), lineId))
                .map(r -> {
                    r.getLines();
                    return r;
                });
    }

    @Transactional
    public ReturnRequest close(Actor actor, UUID id, Long expectedVersion, String note) {
        return close(actor, id, expectedVersion, note, null);
    }

    /**
     * Closes a return; units still expected go back to their order lines unless money moved or a resolution was given
     * for them. A return whose lines still wait for their resolution closes only with a reason.
     */
    @Transactional
    public ReturnRequest close(Actor actor, UUID id, Long expectedVersion, String note, String reason) {
        ReturnRequest r = load(actor, id, expectedVersion);
        settlement.lock(actor.clientId(), id);
        r.close(actor.name(), note, reason, clock.instant());
        release(actor, r, "closed short");
        return returns.save(r);
    }

    /**
     * Expires authorized returns never shipped within the policy's days; run by a scheduled job. One on which money
     * moved is not expired (its quantity must not go back while the money is out): its timeline says so, once.
     */
    @Transactional
    public int expireOverdue() {
        Instant now = clock.instant();
        List<UUID> overdue = returns.findIdsByStatusAndExpiresAtBefore(ReturnStatus.AUTHORIZED, now);
        int expired = 0;
        for (UUID id : overdue) {
            ReturnRequest r = returns.findById(id).orElseThrow();
            settlement.lock(new ClientId(r.getClientId()), id);
            if (!r.canExpire()) {
                if (r.withholdExpiry(now)) {
                    returns.save(r);
                }
                continue;
            }
            r.expire(now);
            release(Actor.system(new ClientId(r.getClientId()), "system"), r, "return expired");
            returns.save(r);
            expired++;
        }
        return expired;
    }

    /** Gives back to the order lines what the ended return no longer holds, and stops expecting its units. */
    private void release(Actor actor, ReturnRequest r, String why) {
        r.quantityToRelease()
                .forEach((line, quantity) -> orders.releaseReturn(actor.clientId(), line.getOrderLineId(), quantity));
        if (r.endedWithoutGoods() || r.getStatus() == ReturnStatus.CLOSED) {
            moveUnits(actor, r, CustodyEventType.NO_LONGER_EXPECTED, null, null, why);
        }
    }

    private void expectUnits(Actor actor, ReturnRequest r) {
        List<ExpectedUnit> expected = new ArrayList<>();
        for (ReturnLine line : r.getLines()) {
            for (int i = 0; i < line.getQuantity(); i++) {
                expected.add(new ExpectedUnit(
                        actor.clientId(),
                        line.getProductId(),
                        line.getSku(),
                        line.getQuantity() == 1 ? line.getSerial() : null,
                        line.getLot(),
                        sourceRef(line),
                        "customer",
                        r.getCustomerEmail() == null ? "customer" : r.getCustomerEmail(),
                        actor.name()));
            }
        }
        custody.expectAll(expected);
    }

    private void moveUnits(
            Actor actor, ReturnRequest r, CustodyEventType type, String location, String holder, String note) {
        List<String> refs =
                r.getLines().stream().map(ReturnManagement::sourceRef).toList();
        for (Unit unit : custody.unitsFor(actor.clientId(), refs)) {
            if (unit.getState() == UnitState.EXPECTED || unit.getState() == UnitState.IN_TRANSIT) {
                custody.record(
                        actor.clientId(),
                        unit.getId(),
                        new CustodyMove(
                                type, location, holder, clock.instant(), actor.name(), unit.getSourceRef(), note));
            }
        }
    }

    /** How a return line is named as the reason a unit exists. */
    public static String sourceRef(ReturnLine line) {
        return LINE_REF + line.getId();
    }

    private ReturnRequest load(Actor actor, UUID id, Long expectedVersion) {
        ReturnRequest r = get(actor, id);
        if (expectedVersion != null && !expectedVersion.equals(r.getVersion())) {
            throw new StaleVersion(r.getRmaNumber(), expectedVersion, r.getVersion());
        }
        return r;
    }

    public ReturnRequest get(ClientId client, UUID id) {
        return loaded(returns.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("return", id)));
    }

    /** A return the actor may see: a customer's own shopper's only; another's is answered as unknown. */
    public ReturnRequest get(Actor actor, UUID id) {
        return visible(actor, get(actor.clientId(), id), id);
    }

    public ReturnRequest byRma(ClientId client, String rmaNumber) {
        return loaded(returns.findByClientIdAndRmaNumber(client.value(), rmaNumber)
                .orElseThrow(() -> new NotFound("return", rmaNumber)));
    }

    /** A return by its RMA number, if the actor may see it ({@link #get(Actor, UUID)}). */
    public ReturnRequest byRma(Actor actor, String rmaNumber) {
        return visible(actor, byRma(actor.clientId(), rmaNumber), rmaNumber);
    }

    /** The ownership check of every read and action on one return: {@link ShopperScope}, with no exceptions. */
    private static ReturnRequest visible(Actor actor, ReturnRequest r, Object asked) {
        if (!ShopperScope.permits(actor, r.getCustomerEmail())) {
            throw new NotFound("return", asked);
        }
        return r;
    }

    /** Loads the aggregate's lines and timeline while the transaction is open: callers read them afterwards. */
    private static ReturnRequest loaded(ReturnRequest r) {
        r.getLines();
        r.getHistory();
        return r;
    }

    /** The returns list as the actor may see it: a customer's holds its own shopper's returns only. */
    public Page<ReturnRequest> search(Actor actor, ReturnSearch filter, Pageable pageable) {
        if (!ShopperScope.limits(actor)) {
            return search(actor.clientId(), filter, pageable);
        }
        Optional<String> shopper = ShopperScope.shopper(actor);
        if (shopper.isEmpty()
                || (filter.email() != null
                        && !filter.email().isBlank()
                        && !shopper.get().equals(ShopperScope.normalise(filter.email())))) {
            return Page.empty(pageable);
        }
        return search(
                actor.clientId(),
                new ReturnSearch(
                        filter.status(), filter.kind(), shopper.get(), filter.rma(), filter.from(), filter.to()),
                pageable);
    }

    public Page<ReturnRequest> search(ClientId client, ReturnSearch filter, Pageable pageable) {
        Page<ReturnRequest> page = returns.search(
                client.value(),
                filter.status(),
                filter.kind(),
                blankToNull(filter.email()),
                blankToNull(filter.rma()),
                filter.from(),
                filter.to(),
                pageable);
        page.forEach(ReturnRequest::getLines);
        return page;
    }

    public List<ReturnRequest> forOrder(ClientId client, UUID orderId) {
        List<ReturnRequest> found = returns.findByOrder(client.value(), orderId);
        found.forEach(ReturnManagement::loaded);
        return found;
    }

    public Map<ReturnStatus, Long> countByStatus(ClientId client) {
        Map<ReturnStatus, Long> counts = new EnumMap<>(ReturnStatus.class);
        for (ReturnStatus s : ReturnStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : returns.countByStatus(client.value())) {
            counts.put((ReturnStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<Unit> units(ClientId client, ReturnRequest r) {
        return custody.unitsFor(
                client, r.getLines().stream().map(ReturnManagement::sourceRef).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
