package org.retrogistics.returns;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.ShopperScope;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.retrogistics.shared.ClientId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and reading returns. Every method acts for one client (the actor's). The changes are use cases of their own:
 * {@link RequestingReturns}, {@link ReturningToSender}, {@link OpeningRecallReturns}, {@link ReviewingReturns},
 * {@link ShippingReturns}, {@link ReceivingReturns}, {@link ClosingReturns}, {@link ExpiringReturns} and
 * {@link ReturnSettlement}.
 */
@Service
@Transactional(readOnly = true)
public class ReturnManagement {

    private final ReturnRequestRepository returns;
    private final ReturnLookup lookup;
    private final CustodyLedger custody;

    ReturnManagement(ReturnRequestRepository returns, ReturnLookup lookup, CustodyLedger custody) {
        this.returns = returns;
        this.lookup = lookup;
        this.custody = custody;
    }

    /**
     * The return line a unit was announced on, if its source is one. The return is locked until the transaction ends,
     * so that units of one return scanned at the same time at two stations are counted one after the other.
     */
    @Transactional
    public Optional<ReceivableLine> receivableLine(ClientId client, String sourceRef) {
        return lookup.byLine(client, sourceRef, true).map(r -> {
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
    public Optional<ReturnSnapshot> byParcelCode(ClientId client, String code) {
        Optional<ReturnRequest> byRma = returns.findByClientIdAndRmaNumber(client.value(), code);
        if (byRma.isPresent()) {
            return byRma.map(ReturnLookup::loaded).map(ReturnSnapshot::of);
        }
        return returns.findByClientIdAndTrackingNumber(client.value(), code).stream()
                .findFirst()
                .map(ReturnLookup::loaded)
                .map(ReturnSnapshot::of);
    }

    /** The return a unit came in on, from the source its custody names ("return-line:..."); empty for any other. */
    public Optional<UUID> returnIdOf(ClientId client, String unitSourceRef) {
        return lookup.byLine(client, unitSourceRef, false).map(ReturnRequest::getId);
    }

    /** How a return line is named as the reason a unit exists. */
    public static String sourceRef(ReturnLine line) {
        return ReturnLookup.LINE_REF + line.getId();
    }

    public ReturnRequest get(ClientId client, UUID id) {
        return lookup.get(client, id);
    }

    /** The return as other modules read it; another client's return is not found. */
    public ReturnSnapshot snapshot(ClientId client, UUID id) {
        return ReturnSnapshot.of(lookup.get(client, id));
    }

    /** The return in full, as the pages show it; another client's return is not found. */
    public ReturnDetailSnapshot detail(ClientId client, UUID id) {
        return ReturnDetailSnapshot.of(lookup.get(client, id));
    }

    /** A return the actor may see: a customer's own shopper's only; another's is answered as unknown. */
    public ReturnRequest get(Actor actor, UUID id) {
        return lookup.get(actor, id);
    }

    /** A return by its RMA number, if the actor may see it ({@link #get(Actor, UUID)}). */
    public ReturnRequest byRma(Actor actor, String rmaNumber) {
        return lookup.byRma(actor, rmaNumber);
    }

    /** A return by its RMA number, in full as the pages show it; another client's return is not found. */
    public ReturnDetailSnapshot detailByRma(ClientId client, String rmaNumber) {
        return ReturnDetailSnapshot.of(lookup.byRma(client, rmaNumber));
    }

    /** {@link #byRma(Actor, String)} in full, as the pages show it. */
    public ReturnDetailSnapshot detailByRma(Actor actor, String rmaNumber) {
        return ReturnDetailSnapshot.of(lookup.byRma(actor, rmaNumber));
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
                new ReturnSearch(
                        filter.status(),
                        filter.kind(),
                        blankToNull(filter.email()),
                        blankToNull(filter.rma()),
                        filter.from(),
                        filter.to()),
                pageable);
        page.forEach(ReturnRequest::getLines);
        return page;
    }

    /** A page of the client's returns, each in full as the pages show it. */
    public Page<ReturnDetailSnapshot> searchDetails(ClientId client, ReturnSearch filter, Pageable pageable) {
        return search(client, filter, pageable).map(ReturnDetailSnapshot::of);
    }

    public List<ReturnRequest> forOrder(ClientId client, UUID orderId) {
        List<ReturnRequest> found = returns.findByOrder(client.value(), orderId);
        found.forEach(ReturnLookup::loaded);
        return found;
    }

    /** Returns in each state over every client (every state present, at 0 too): what the metrics show. */
    public ReturnFigures figuresOfAllClients() {
        Map<ReturnStatus, Long> counts = new EnumMap<>(ReturnStatus.class);
        for (ReturnStatus s : ReturnStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : returns.countByStatusOfAllClients()) {
            counts.put((ReturnStatus) row[0], (Long) row[1]);
        }
        return new ReturnFigures(counts);
    }

    /** Returns per state, over every client. */
    public record ReturnFigures(Map<ReturnStatus, Long> byStatus) {}

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

    public List<UnitSnapshot> units(ClientId client, ReturnRequest r) {
        return custody.unitsFor(
                client, r.getLines().stream().map(ReturnManagement::sourceRef).toList());
    }

    /** The units announced on the return's lines, in licence plate order. */
    public List<UnitSnapshot> units(ClientId client, ReturnSnapshot r) {
        return custody.unitsFor(
                client, r.lines().stream().map(ReturnSnapshot.Line::sourceRef).toList());
    }

    /** The units announced on the return's lines, in licence plate order. */
    public List<UnitSnapshot> units(ClientId client, ReturnDetailSnapshot r) {
        return custody.unitsFor(
                client,
                r.lines().stream().map(ReturnDetailSnapshot.Line::sourceRef).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
