package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.Unit;
import org.retrogistics.inspection.InspectionManagement;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.inspection.UnitHeld;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.refunds.RefundAllowance.Allowance;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.refunds.RefundEvents.ExchangeArranged;
import org.retrogistics.refunds.RefundRefusals.InvalidResolution;
import org.retrogistics.refunds.RefundRefusals.NothingPaid;
import org.retrogistics.refunds.RefundRefusals.OutOfStock;
import org.retrogistics.refunds.RefundRefusals.ReasonRequired;
import org.retrogistics.refunds.RefundRefusals.RefundExceedsAllowed;
import org.retrogistics.refunds.RefundRefusals.RefundExceedsPaid;
import org.retrogistics.refunds.RefundRefusals.ReturnNotResolvable;
import org.retrogistics.refunds.RefundRefusals.StaleMovement;
import org.retrogistics.refunds.internal.LineAccounts;
import org.retrogistics.refunds.internal.LineResolutionRepository;
import org.retrogistics.refunds.internal.MoneyMovementRepository;
import org.retrogistics.refunds.internal.ReturnLineTerms;
import org.retrogistics.returns.ExchangeScope;
import org.retrogistics.returns.LostParcelMoney;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.ReceivableLine;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ResolvedUnits;
import org.retrogistics.returns.ReturnEvents.ReturnAuthorized;
import org.retrogistics.returns.ReturnEvents.ReturnLineReceived;
import org.retrogistics.returns.ReturnEvents.ReturnLost;
import org.retrogistics.returns.ReturnEvents.ReturnShipped;
import org.retrogistics.returns.ReturnLine;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.returns.ReturnPolicy;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CsvExport;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.RecoveryFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolutions and the money they move. Money moves at the step the return's policy version names (on request, on the
 * carrier's scan, on receipt, after inspection: by event) or when an agent resolves a line by hand; always for what
 * {@link RefundAllowance} allows, committed against the line's {@link LineAccount} first, and paid through the
 * {@link PaymentProvider} port or onto store credit. A refused request writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class RefundManagement {

    private static final Logger log = LoggerFactory.getLogger(RefundManagement.class);
    private static final Set<ReturnStatus> RESOLVABLE = Set.of(
            ReturnStatus.AUTHORIZED,
            ReturnStatus.IN_TRANSIT,
            ReturnStatus.PARTIALLY_RECEIVED,
            ReturnStatus.RECEIVED,
            ReturnStatus.LOST,
            ReturnStatus.CLOSED);

    private final MoneyMovementRepository movements;
    private final LineResolutionRepository resolutions;
    private final LineAccounts accounts;
    private final ReturnLineTerms lineTerms;
    private final StoreCreditLedger storeCredit;
    private final PaymentProvider provider;
    private final ReturnManagement returns;
    private final ReturnSettlement settlement;
    private final ReturnPolicies policies;
    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final CustodyLedger custody;
    private final InspectionManagement inspection;
    private final RefundsSettings settings;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    RefundManagement(
            MoneyMovementRepository movements,
            LineResolutionRepository resolutions,
            LineAccounts accounts,
            ReturnLineTerms lineTerms,
            StoreCreditLedger storeCredit,
            PaymentProvider provider,
            ReturnManagement returns,
            ReturnSettlement settlement,
            ReturnPolicies policies,
            OrderManagement orders,
            CatalogManagement catalog,
            CustodyLedger custody,
            InspectionManagement inspection,
            RefundsSettings settings,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Optional<Clock> clock) {
        this.movements = movements;
        this.resolutions = resolutions;
        this.accounts = accounts;
        this.lineTerms = lineTerms;
        this.storeCredit = storeCredit;
        this.provider = provider;
        this.returns = returns;
        this.settlement = settlement;
        this.policies = policies;
        this.orders = orders;
        this.catalog = catalog;
        this.custody = custody;
        this.inspection = inspection;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A resolution as recorded, with the money movements it made. */
    public record Outcome(LineResolution resolution, List<MoneyMovement> movements) {}

    // ---------------------------------------------------------------------------------------------------------------
    // triggers: the step the client's policy names

    @ApplicationModuleListener
    void on(ReturnAuthorized e) {
        automaticForReturn(new ClientId(e.clientId()), e.returnId(), MoneyMoment.ON_REQUEST, "ReturnAuthorized");
    }

    @ApplicationModuleListener
    void on(ReturnShipped e) {
        automaticForReturn(new ClientId(e.clientId()), e.returnId(), MoneyMoment.ON_CARRIER_SCAN, "ReturnShipped");
    }

    /** A lost parcel: its units that never arrived are resolved as the customer asked, when the policy says so. */
    @ApplicationModuleListener
    void on(ReturnLost e) {
        ClientId client = new ClientId(e.clientId());
        ReturnRequest r = returns.get(client, e.returnId());
        ReturnPolicy policy = policy(client, r);
        if (policy == null || policy.lostParcelMoney() != LostParcelMoney.AS_REQUESTED) {
            return;
        }
        for (ReturnLine line : r.getLines()) {
            int open = Math.min(line.outstanding(), line.getQuantity() - line.getResolvedQuantity());
            if (open > 0) {
                automatic(
                        client,
                        r,
                        line,
                        open,
                        null,
                        null,
                        "ON_LOSS",
                        "ReturnLost:" + r.getId() + ":" + line.getLineNo());
            }
        }
    }

    @ApplicationModuleListener
    void on(ReturnLineReceived e) {
        ClientId client = new ClientId(e.clientId());
        ReturnRequest r = returns.get(client, e.returnId());
        if (moment(client, r) != MoneyMoment.ON_RECEIPT) {
            return;
        }
        r.findLine(e.lineNo())
                .ifPresent(line -> automatic(
                        client,
                        r,
                        line,
                        e.quantity(),
                        null,
                        null,
                        "ON_RECEIPT",
                        "ReturnLineReceived:" + r.getId() + ":" + e.lineNo() + ":"
                                + e.occurredAt().toEpochMilli()));
    }

    /** After inspection: one unit graded; a unit held for its authenticity gets its refund recorded but HELD. */
    @ApplicationModuleListener
    void on(UnitGraded e) {
        if (!"inspection".equals(e.source())) {
            return;
        }
        ClientId client = new ClientId(e.clientId());
        Unit unit = custody.unit(client, e.unitId());
        Optional<ReceivableLine> where = returnLineOf(client, unit);
        if (where.isEmpty()) {
            return;
        }
        ReturnRequest r = returns.get(client, where.get().returnId());
        if (moment(client, r) != MoneyMoment.AFTER_INSPECTION) {
            return;
        }
        ReturnLine line = r.line(where.get().lineNo());
        String hold = holdReason(client, e.unitId())
                .orElseGet(() -> e.authenticityHold() ? heldAtInspection(client, e.unitId()) : null);
        automatic(
                client,
                r,
                line,
                1,
                List.of(e.unitId()),
                new Condition(e.functional(), e.cosmetic()),
                "AFTER_INSPECTION",
                "UnitGraded:" + e.inspectionId(),
                hold);
    }

    /** Inspection held a unit: any of its money not yet paid stops, and the reason is kept. */
    @ApplicationModuleListener
    void on(UnitHeld e) {
        ClientId client = new ClientId(e.clientId());
        jdbc.sql(
                        """
                        insert into refund_hold (unit_id, client_id, rma_number, reason, held_at)
                        values (?, ?, ?, ?, ?) on conflict (unit_id) do nothing
                        """)
                .params(e.unitId(), client.value(), e.rmaNumber(), e.reason(), Timestamp.from(e.occurredAt()))
                .update();
        Unit unit = custody.unit(client, e.unitId());
        returnLineOf(client, unit).ifPresent(where -> {
            for (MoneyMovement m :
                    movements.findByClientIdAndReturnIdOrderByCreatedAt(client.value(), where.returnId())) {
                if (m.unitIdList().contains(e.unitId()) && m.allows(MovementTrigger.HOLD)) {
                    m.hold("authenticity hold: " + e.reason(), clock.instant());
                    movements.save(m);
                }
            }
        });
    }

    private void automaticForReturn(ClientId client, UUID returnId, MoneyMoment step, String source) {
        ReturnRequest r = returns.get(client, returnId);
        if (moment(client, r) != step) {
            return;
        }
        for (ReturnLine line : r.getLines()) {
            automatic(
                    client,
                    r,
                    line,
                    line.getQuantity(),
                    null,
                    null,
                    step.name(),
                    source + ":" + r.getId() + ":" + line.getLineNo());
        }
    }

    private void automatic(
            ClientId client,
            ReturnRequest r,
            ReturnLine line,
            int quantity,
            List<UUID> units,
            Condition condition,
            String step,
            String sourceKey) {
        automatic(client, r, line, quantity, units, condition, step, sourceKey, null);
    }

    private void automatic(
            ClientId client,
            ReturnRequest r,
            ReturnLine line,
            int quantity,
            List<UUID> units,
            Condition condition,
            String step,
            String sourceKey,
            String hold) {
        Resolution kind = line.getRequestedResolution();
        if ((kind != Resolution.REFUND && kind != Resolution.STORE_CREDIT)
                || line.getOrderLineId() == null
                || resolutions.existsByClientIdAndSourceKey(client.value(), sourceKey)) {
            return;
        }
        try {
            resolve(client, r, line, kind, quantity, null, null, units, condition, step, sourceKey, "policy", hold);
        } catch (org.retrogistics.shared.DomainException refused) {
            // resolved by hand already, or nothing left: the policy's step has nothing more to pay
            log.info(
                    "{} line {}: no automatic {} at {}: {}",
                    r.getRmaNumber(),
                    line.getLineNo(),
                    kind,
                    step,
                    refused.getMessage());
        }
    }

    private MoneyMoment moment(ClientId client, ReturnRequest r) {
        ReturnPolicy p = policy(client, r);
        return p == null ? null : p.moneyMoves();
    }

    /** The policy version the return was judged under. */
    private ReturnPolicy policy(ClientId client, ReturnRequest r) {
        return policies.versions(client).stream()
                .filter(p -> r.getPolicyVersion() != null && p.getVersion() == r.getPolicyVersion())
                .findFirst()
                .orElse(null);
    }

    private Optional<ReceivableLine> returnLineOf(ClientId client, Unit unit) {
        if (unit.getSourceRef() == null || !unit.getSourceRef().startsWith("return-line:")) {
            return Optional.empty();
        }
        return returns.receivableLine(client, unit.getSourceRef());
    }

    /** The reasons inspection wrote down for holding the unit (its findings marked "held: ..."). */
    private String heldAtInspection(ClientId client, UUID unitId) {
        String reasons = inspection
                .latest(client, unitId)
                .map(i -> inspection.findings(i).stream()
                        .filter(f -> f.startsWith("held: "))
                        .map(f -> f.substring("held: ".length()))
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("authenticity in doubt"))
                .orElse("authenticity in doubt");
        return "authenticity hold: " + reasons;
    }

    private Optional<String> holdReason(ClientId client, UUID unitId) {
        return jdbc.sql("select reason from refund_hold where unit_id = ? and client_id = ?")
                .params(unitId, client.value())
                .query(String.class)
                .optional()
                .map(reason -> "authenticity hold: " + reason);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // by hand

    /** An agent resolves units of a return line: refund, store credit, exchange, replacement or repair. */
    @Transactional
    public Outcome resolve(Actor actor, UUID returnId, ResolutionRequest request) {
        ClientId client = actor.clientId();
        ReturnRequest r = returns.get(client, returnId);
        if (!RESOLVABLE.contains(r.getStatus())) {
            throw new ReturnNotResolvable(r.getRmaNumber(), r.getStatus());
        }
        if (request.kind() == null || request.kind() == Resolution.NONE) {
            throw new InvalidResolution(
                    "say what to give: REFUND, STORE_CREDIT, EXCHANGE, REPLACEMENT, REPAIR or KEEP_IT");
        }
        if (request.kind() == Resolution.KEEP_IT
                && (request.note() == null || request.note().isBlank())) {
            throw new ReasonRequired("let the customer keep the items (note)");
        }
        ReturnLine line = r.findLine(request.lineNo())
                .orElseThrow(() -> new NotFound("return-line", r.getRmaNumber() + "/" + request.lineNo()));
        int quantity = request.quantity() == null ? line.getQuantity() : request.quantity();
        String note = request.note() == null || request.note().isBlank()
                ? ""
                : " (" + request.note().strip() + ")";
        return resolve(
                client,
                r,
                line,
                request.kind(),
                quantity,
                request.amount(),
                request.sku(),
                null,
                null,
                "manual" + note,
                "manual:" + UUID.randomUUID(),
                actor.name(),
                null);
    }

    private Outcome resolve(
            ClientId client,
            ReturnRequest r,
            ReturnLine line,
            Resolution kind,
            int quantity,
            BigDecimal requestedAmount,
            String goodsSku,
            List<UUID> givenUnits,
            Condition givenCondition,
            String step,
            String sourceKey,
            String by,
            String givenHold) {
        if (quantity < 1 || quantity > line.getQuantity()) {
            throw new InvalidResolution(r.getRmaNumber() + " line " + line.getLineNo() + " has " + line.getQuantity()
                    + " unit(s); resolve 1 to " + line.getQuantity() + ", not " + quantity);
        }
        // read afresh under the return's lock: a cancellation committed meanwhile is seen, never paid past
        settlement.lock(client, r.getId());
        if (!RESOLVABLE.contains(r.getStatus())) {
            throw new ReturnNotResolvable(r.getRmaNumber(), r.getStatus());
        }
        LineTerms terms = terms(client, r, line);
        if (!terms.fromOrder()
                && kind != Resolution.REPAIR
                && kind != Resolution.REPLACEMENT
                && kind != Resolution.KEEP_IT) {
            throw new NothingPaid(r.getRmaNumber(), line.getLineNo());
        }
        Instant now = clock.instant();
        LineAccount account = accounts.lock(client, terms);
        List<UUID> units = givenUnits != null ? givenUnits : chooseUnits(client, r, line, quantity);
        Condition condition = givenCondition != null ? givenCondition : worstCondition(client, units);
        Money currencyZero = Money.zero(terms.paidUnitPrice().currency());
        Money shippingDue = shippingFeeDue(client, r, currencyZero);
        Allowance allowance = RefundAllowance.of(terms, quantity, kind, shippingDue, condition);
        String hold = givenHold != null
                ? givenHold
                : units.stream()
                        .map(u -> holdReason(client, u).or(() -> inspection
                                .latest(client, u)
                                .filter(i -> i.isAuthenticityHold())
                                .map(i -> heldAtInspection(client, u))))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(null);

        List<MoneyMovement> made = new ArrayList<>();
        LineResolution resolution;
        switch (kind) {
            case REFUND, STORE_CREDIT -> {
                Money amount = allowance.allowed();
                if (requestedAmount != null) {
                    Money asked = new Money(requestedAmount, amount.currency());
                    if (asked.amount().signum() <= 0) {
                        throw new InvalidResolution("a refund is a positive amount, not " + asked);
                    }
                    if (asked.isGreaterThan(allowance.paid()) || asked.isGreaterThan(account.remaining())) {
                        throw new RefundExceedsPaid(
                                r.getRmaNumber(), line.getLineNo(), asked, min(allowance.paid(), account.remaining()));
                    }
                    if (asked.isGreaterThan(amount)) {
                        throw new RefundExceedsAllowed(
                                r.getRmaNumber(), line.getLineNo(), asked, amount, allowance.explanation());
                    }
                    amount = asked;
                }
                account.commit(amount, quantity);
                resolution = new LineResolution(
                        client.value(),
                        terms,
                        kind,
                        quantity,
                        amount.amount(),
                        null,
                        null,
                        amount.currency().getCurrencyCode(),
                        units,
                        sourceKey,
                        allowance.explanation(),
                        by,
                        now);
                resolutions.save(resolution);
                if (amount.amount().signum() > 0) {
                    MovementKind mk =
                            kind == Resolution.REFUND ? MovementKind.REFUND_TO_ORIGINAL : MovementKind.STORE_CREDIT;
                    made.add(new MoneyMovement(
                            client.value(),
                            resolution.getId(),
                            terms,
                            mk,
                            amount,
                            quantity,
                            units,
                            step,
                            allowance,
                            now));
                }
            }
            case EXCHANGE, REPLACEMENT -> {
                ProductFacts item;
                if (kind == Resolution.EXCHANGE) {
                    if (goodsSku == null || goodsSku.isBlank()) {
                        throw new InvalidResolution("an exchange names the item sent out instead (sku)");
                    }
                    item = catalog.productBySku(client, goodsSku.strip())
                            .orElseThrow(() -> new NotFound("product", goodsSku.strip()));
                    ReturnPolicy policy = policy(client, r);
                    ExchangeScope scope = policy == null ? ExchangeScope.SAME_PRODUCT : policy.exchangeScope();
                    ExchangeScopePolicy.check(scope, catalog.product(client, line.getProductId()), item);
                } else {
                    item = catalog.product(client, line.getProductId());
                }
                Money itemPrice = kind == Resolution.EXCHANGE ? item.unitValue().times(quantity) : allowance.allowed();
                if (!itemPrice.currency().equals(currencyZero.currency())) {
                    throw new InvalidResolution(item.sku() + " is priced in " + itemPrice.currency() + ", the line in "
                            + currencyZero.currency());
                }
                reserveStock(client, item, quantity);
                ExchangePricing pricing = ExchangePricing.of(allowance.allowed(), itemPrice);
                account.commit(pricing.outOfLine(), quantity);
                resolution = new LineResolution(
                        client.value(),
                        terms,
                        kind,
                        quantity,
                        allowance.allowed().amount(),
                        item.sku(),
                        pricing.goodsValue().amount(),
                        currencyZero.currency().getCurrencyCode(),
                        units,
                        sourceKey,
                        allowance.explanation() + "; " + item.sku() + " sent out for " + itemPrice
                                + (pricing.refunded().amount().signum() > 0
                                        ? "; difference back " + pricing.refunded()
                                        : "")
                                + (pricing.charged().amount().signum() > 0
                                        ? "; difference charged " + pricing.charged()
                                        : ""),
                        by,
                        now);
                resolutions.save(resolution);
                if (pricing.refunded().amount().signum() > 0) {
                    made.add(new MoneyMovement(
                            client.value(),
                            resolution.getId(),
                            terms,
                            MovementKind.EXCHANGE_DIFFERENCE_REFUNDED,
                            pricing.refunded(),
                            0,
                            units,
                            step,
                            null,
                            now));
                }
                if (pricing.charged().amount().signum() > 0) {
                    made.add(new MoneyMovement(
                            client.value(),
                            resolution.getId(),
                            terms,
                            MovementKind.EXCHANGE_DIFFERENCE_CHARGED,
                            pricing.charged(),
                            0,
                            units,
                            step,
                            null,
                            now));
                }
                events.publishEvent(new ExchangeArranged(
                        resolution.getId(),
                        client.value(),
                        r.getRmaNumber(),
                        line.getLineNo(),
                        item.sku(),
                        quantity,
                        pricing.goodsValue().amount(),
                        currencyZero.currency().getCurrencyCode(),
                        now));
                if (pricing.goodsValue().amount().signum() > 0 && !units.isEmpty()) {
                    publishFacts(
                            client,
                            r.getId(),
                            units,
                            pricing.goodsValue(),
                            RecoveryFacts.Kind.REFUND_AVOIDED,
                            "resolution",
                            resolution.getId().toString());
                }
            }
            case REPAIR -> {
                account.commit(currencyZero, quantity);
                resolution = new LineResolution(
                        client.value(),
                        terms,
                        kind,
                        quantity,
                        BigDecimal.ZERO,
                        null,
                        null,
                        currencyZero.currency().getCurrencyCode(),
                        units,
                        sourceKey,
                        "repaired and returned to the customer; no money moves",
                        by,
                        now);
                resolutions.save(resolution);
            }
            case KEEP_IT -> {
                account.commit(currencyZero, quantity);
                resolution = new LineResolution(
                        client.value(),
                        terms,
                        kind,
                        quantity,
                        BigDecimal.ZERO,
                        null,
                        null,
                        currencyZero.currency().getCurrencyCode(),
                        units,
                        sourceKey,
                        "the customer keeps the items: " + step,
                        by,
                        now);
                resolutions.save(resolution);
            }
            default -> throw new InvalidResolution(kind + " is not a resolution that can be given");
        }
        accounts.save(client, account);
        recordOnReturn(client, r, line, kind, quantity, made, by, step);
        for (MoneyMovement m : made) {
            if (hold != null && m.getKind().countsAgainstPaid()) {
                m.hold(hold, now);
            } else {
                pay(client, m, by);
            }
            movements.save(m);
        }
        return new Outcome(resolution, made);
    }

    /**
     * Tells the return what the resolution covers, in this transaction: the units resolved and whether money moved on
     * them (so it cannot be cancelled into giving the quantity back), units the customer keeps, and goods that go back
     * to the customer (returnable again).
     */
    private void recordOnReturn(
            ClientId client,
            ReturnRequest r,
            ReturnLine line,
            Resolution kind,
            int quantity,
            List<MoneyMovement> made,
            String by,
            String step) {
        boolean money = !made.isEmpty();
        settlement.recordResolution(
                client,
                r.getId(),
                new ResolvedUnits(line.getLineNo(), quantity, money, by, quantity + " unit(s): " + kind));
        switch (kind) {
            case KEEP_IT -> settlement.keep(client, r.getId(), line.getLineNo(), quantity, by, step);
            case EXCHANGE, REPLACEMENT -> settlement.giveBack(
                    client,
                    r.getId(),
                    line.getLineNo(),
                    quantity,
                    by,
                    "sent out as " + kind.name().toLowerCase());
            default -> {}
        }
    }

    private static Money min(Money a, Money b) {
        return a.isGreaterThan(b) ? b : a;
    }

    private Money shippingFeeDue(ClientId client, ReturnRequest r, Money zero) {
        if (settings.returnShippingFee().signum() <= 0) {
            return zero;
        }
        BigDecimal taken = movements.shippingFeesTaken(client.value(), r.getId(), MovementStatus.CANCELLED);
        return taken.signum() > 0 ? zero : new Money(settings.returnShippingFee(), zero.currency());
    }

    /**
     * The line's units not yet named by another resolution that still stands (one whose money movements were all
     * cancelled gave its units back), in licence-plate order.
     */
    private List<UUID> chooseUnits(ClientId client, ReturnRequest r, ReturnLine line, int quantity) {
        Map<UUID, List<MoneyMovement>> moves = new HashMap<>();
        movements.findByClientIdAndReturnLineId(client.value(), line.getId()).forEach(m -> moves.computeIfAbsent(
                        m.getResolutionId(), k -> new ArrayList<>())
                .add(m));
        Set<UUID> taken = new HashSet<>();
        resolutions.findByClientIdAndReturnIdOrderByCreatedAt(client.value(), r.getId()).stream()
                .filter(x -> x.getReturnLineId().equals(line.getId()))
                .filter(x -> !x.isWithdrawn())
                .filter(x -> {
                    List<MoneyMovement> its = moves.getOrDefault(x.getId(), List.of());
                    boolean money = x.getKind() == Resolution.REFUND || x.getKind() == Resolution.STORE_CREDIT;
                    return !money
                            || its.isEmpty()
                            || its.stream().anyMatch(m -> m.getStatus() != MovementStatus.CANCELLED);
                })
                .forEach(x -> taken.addAll(x.unitIdList()));
        return custody.unitsFor(client, List.of(ReturnManagement.sourceRef(line))).stream()
                .sorted(Comparator.comparing(Unit::getLicencePlate))
                .map(Unit::getId)
                .filter(id -> !taken.contains(id))
                .limit(quantity)
                .toList();
    }

    /** The worst grades inspection found on the units, when any was inspected. */
    private Condition worstCondition(ClientId client, List<UUID> units) {
        Condition worst = null;
        for (UUID unit : units) {
            var latest = inspection.latest(client, unit);
            if (latest.isPresent()) {
                Condition c = new Condition(
                        latest.get().getFunctionalGrade(), latest.get().getCosmeticGrade());
                if (worst == null
                        || RefundAllowance.damagePercent(org.retrogistics.returns.ReturnReason.CHANGED_MIND, c)
                                > RefundAllowance.damagePercent(
                                        org.retrogistics.returns.ReturnReason.CHANGED_MIND, worst)) {
                    worst = c;
                }
            }
        }
        return worst;
    }

    private LineTerms terms(ClientId client, ReturnRequest r, ReturnLine line) {
        return lineTerms.of(client, r, line);
    }

    private void reserveStock(ClientId client, ProductFacts item, int quantity) {
        int reserved = jdbc.sql(
                        """
                        update exchange_stock set available = available - :q, updated_at = now()
                         where client_id = :client and product_id = :product and available >= :q
                        """)
                .param("q", quantity)
                .param("client", client.value())
                .param("product", item.id())
                .update();
        if (reserved == 0) {
            throw new OutOfStock(item.sku(), quantity, available(client, item.id()));
        }
    }

    private int available(ClientId client, UUID productId) {
        return jdbc.sql("select available from exchange_stock where client_id = ? and product_id = ?")
                .params(client.value(), productId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Sets how many of a product are available to send out in exchanges and replacements. */
    @Transactional
    public int setExchangeStock(Actor actor, String sku, int available) {
        if (available < 0 || available > 1_000_000) {
            throw new InvalidResolution("available stock is 0 to 1,000,000, not " + available);
        }
        ProductFacts p = catalog.productBySku(actor.clientId(), sku).orElseThrow(() -> new NotFound("product", sku));
        jdbc.sql(
                        """
                        insert into exchange_stock (client_id, product_id, sku, available, updated_at)
                        values (?, ?, ?, ?, now())
                        on conflict (client_id, product_id) do update set available = excluded.available,
                            updated_at = excluded.updated_at
                        """)
                .params(actor.clientId().value(), p.id(), p.sku(), available)
                .update();
        return available;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // paying

    /** Asks the provider (or the store-credit ledger) to move the money; a refusal leaves the movement FAILED. */
    private void pay(ClientId client, MoneyMovement m, String by) {
        Instant now = clock.instant();
        m.attempted();
        if (m.getKind() == MovementKind.STORE_CREDIT) {
            if (m.getCustomerEmail() == null || !m.getCustomerEmail().contains("@")) {
                m.fail("no customer e-mail to hold the store credit", now);
                return;
            }
            UUID entry = storeCredit.credit(client, m.getCustomerEmail(), m.money(), "money-movement:" + m.getId(), by);
            m.issue("store-credit:" + entry, now);
        } else {
            PaymentProvider.PayoutResult result = provider.pay(new PaymentProvider.Payout(
                    client.value(),
                    m.getId(),
                    m.getIdempotencyKey(),
                    m.getKind(),
                    m.money(),
                    m.getCustomerEmail(),
                    m.getRmaNumber(),
                    m.getLineNo()));
            if (result.done()) {
                m.issue(provider.name() + ":" + result.reference(), now);
            } else {
                m.fail(result.failure(), now);
                return;
            }
        }
        if (m.getKind().countsAgainstPaid() && !m.unitIdList().isEmpty()) {
            publishFacts(
                    client,
                    m.getReturnId(),
                    m.unitIdList(),
                    m.money(),
                    RecoveryFacts.Kind.REFUND,
                    "refund",
                    m.getId().toString());
        }
    }

    /** One fact per unit, the amount split evenly and exactly. */
    private void publishFacts(
            ClientId client,
            UUID returnId,
            List<UUID> units,
            Money total,
            RecoveryFacts.Kind kind,
            String sourceType,
            String sourceRef) {
        List<Money> shares = total.split(units.size());
        List<RecoveryFacts.Entry> entries = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            entries.add(new RecoveryFacts.Entry(
                    units.get(i), returnId, client, kind, shares.get(i), sourceType, sourceRef));
        }
        events.publishEvent(new RecoveryFacts(entries, clock.instant()));
    }

    /** A failed movement tried again, with the same idempotency key. */
    @Transactional
    public MoneyMovement retry(Actor actor, UUID id, Long expectedVersion) {
        MoneyMovement m = load(actor.clientId(), id, expectedVersion);
        m.retry(clock.instant());
        pay(actor.clientId(), m, actor.name());
        return movements.save(m);
    }

    /** A held movement released by a manager: it is paid now. */
    @Transactional
    public MoneyMovement release(Actor actor, UUID id, Long expectedVersion) {
        MoneyMovement m = load(actor.clientId(), id, expectedVersion);
        m.release(clock.instant());
        pay(actor.clientId(), m, actor.name());
        return movements.save(m);
    }

    /** A movement not paid is cancelled; what it took from the line is free for another resolution. */
    @Transactional
    public MoneyMovement cancel(Actor actor, UUID id, Long expectedVersion, String reason) {
        ClientId client = actor.clientId();
        MoneyMovement m = load(client, id, expectedVersion);
        m.cancel(reason, clock.instant());
        if (m.getKind().countsAgainstPaid()) {
            ReturnRequest r = returns.get(client, m.getReturnId());
            LineAccount account = accounts.lock(client, terms(client, r, r.line(m.getLineNo())));
            account.release(m.money(), m.getQuantity());
            accounts.save(client, account);
            if (m.getQuantity() > 0) {
                settlement.withdrawResolution(
                        client,
                        r.getId(),
                        new ResolvedUnits(
                                m.getLineNo(),
                                m.getQuantity(),
                                true,
                                actor.name(),
                                m.getKind() + " cancelled: " + reason));
            }
        }
        return movements.save(m);
    }

    private MoneyMovement load(ClientId client, UUID id, Long expectedVersion) {
        MoneyMovement m = get(client, id);
        if (expectedVersion != null && !expectedVersion.equals(m.getVersion())) {
            throw new StaleMovement(id, expectedVersion, m.getVersion());
        }
        return m;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // reading

    public MoneyMovement get(ClientId client, UUID id) {
        return movements.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("refund", id));
    }

    public Page<MoneyMovement> search(ClientId client, MovementStatus status, String rma, Pageable pageable) {
        return movements.search(client.value(), status, rma == null || rma.isBlank() ? null : rma.strip(), pageable);
    }

    /** A return's resolutions, each with its money movements, oldest first. */
    public List<Outcome> forReturn(ClientId client, UUID returnId) {
        returns.get(client, returnId);
        Map<UUID, List<MoneyMovement>> byResolution = new HashMap<>();
        movements
                .findByClientIdAndReturnIdOrderByCreatedAt(client.value(), returnId)
                .forEach(m -> byResolution
                        .computeIfAbsent(m.getResolutionId(), k -> new ArrayList<>())
                        .add(m));
        return resolutions.findByClientIdAndReturnIdOrderByCreatedAt(client.value(), returnId).stream()
                .map(res -> new Outcome(res, byResolution.getOrDefault(res.getId(), List.of())))
                .toList();
    }

    /** The payout ledger between two instants as CSV (RFC 4180), for finance. */
    public String payoutsCsv(ClientId client, Instant from, Instant to) {
        StringBuilder csv = new StringBuilder();
        try (CsvExport out = CsvExport.to(csv)) {
            out.header(
                    "payout_number",
                    "recorded_at",
                    "rma_number",
                    "line_no",
                    "customer_email",
                    "kind",
                    "direction",
                    "amount",
                    "currency",
                    "movement_id");
            jdbc.sql(
                            """
                            select payout_number, recorded_at, rma_number, line_no, customer_email, kind, direction,
                                   amount, currency, movement_id
                              from payout_ledger where client_id = ? and recorded_at >= ? and recorded_at < ?
                             order by payout_number
                            """)
                    .params(client.value(), Timestamp.from(from), Timestamp.from(to))
                    .query(rs -> {
                        out.row(
                                "PO-%08d".formatted(rs.getLong("payout_number")),
                                rs.getTimestamp("recorded_at").toInstant(),
                                rs.getString("rma_number"),
                                rs.getObject("line_no") == null ? null : rs.getInt("line_no"),
                                rs.getString("customer_email"),
                                rs.getString("kind"),
                                rs.getString("direction"),
                                rs.getBigDecimal("amount"),
                                rs.getString("currency"),
                                rs.getObject("movement_id"));
                    });
        }
        return csv.toString();
    }
}
