package org.retrogistics.returns;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.retrogistics.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units of a return arrive: counted against their return line, by hand or as scanned at the dock. */
@Service
public class ReceivingReturns {

    private final ReturnLookup lookup;
    private final ReturnUnits units;
    private final ReturnRequestRepository returns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceivingReturns(
            ReturnLookup lookup,
            ReturnUnits units,
            ReturnRequestRepository returns,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.lookup = lookup;
        this.units = units;
        this.returns = returns;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Takes in units on one line at a location; their custody ledgers record the receipt, and receiving is told (so
     * they are receipted and queued for inspection as a scanned unit is).
     */
    @Transactional
    public ReturnRequest receive(
            Actor actor, UUID id, Long expectedVersion, int lineNo, int quantity, String location) {
        ReturnRequest r = lookup.load(actor, id, expectedVersion);
        r.receive(lineNo, quantity, actor.name(), clock.instant());
        ReturnLine line = r.line(lineNo);
        List<UnitSnapshot> taken = units.receive(actor, r, line, quantity, location);
        ReturnRequest saved = returns.save(r);
        events.publishEvent(new UnitsReceivedByCount(
                r.getId(),
                r.getClientId(),
                r.getRmaNumber(),
                new ReceivableLine(
                        r.getId(),
                        r.getRmaNumber(),
                        lineNo,
                        line.getReason(),
                        line.getRequestedResolution(),
                        r.getStatus(),
                        line.outstanding()),
                taken.stream()
                        .map(u ->
                                new UnitsReceivedByCount.CountedUnit(u.id(), u.productId(), u.licencePlate(), u.sku()))
                        .toList(),
                location,
                actor.name(),
                clock.instant()));
        return saved;
    }

    /**
     * Counts units taken in at the dock against the return line they were announced on. The receiving station records
     * their custody itself, so this moves only the return.
     */
    @Transactional
    public ReturnRequest countReceived(Actor actor, String sourceRef, int quantity) {
        ReturnRequest r = lookup.byLine(actor.clientId(), sourceRef, true)
                .orElseThrow(() -> new NotFound("return line", sourceRef));
        int lineNo = r.getLines().stream()
                .filter(l -> ReturnManagement.sourceRef(l).equals(sourceRef))
                .findFirst()
                .orElseThrow()
                .getLineNo();
        r.receive(lineNo, quantity, actor.name(), clock.instant());
        return returns.save(r);
    }

    /**
     * Counts a unit taken in at the dock against the line {@link ReturnManagement#receivableLine} found for it, in
     * the same transaction (which locked the return then): the return is not looked up again.
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
}
