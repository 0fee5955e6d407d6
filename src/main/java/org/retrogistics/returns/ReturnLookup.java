package org.retrogistics.returns;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.ShopperScope;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Finds the one return a use case acts on, in the caller's transaction: only the client's, only one the actor may see
 * ({@link ShopperScope}), and for a change only at the version the actor last saw.
 */
@Component
class ReturnLookup {

    static final String LINE_REF = "return-line:";

    private final ReturnRequestRepository returns;

    ReturnLookup(ReturnRequestRepository returns) {
        this.returns = returns;
    }

    /** The return to change, refused as stale when it moved on since the actor read it. */
    ReturnRequest load(Actor actor, UUID id, Long expectedVersion) {
        ReturnRequest r = get(actor, id);
        IfMatch.requireCurrent(
                expectedVersion,
                r.getVersion(),
                () -> new StaleVersion(r.getRmaNumber(), expectedVersion, r.getVersion()));
        return r;
    }

    ReturnRequest get(ClientId client, UUID id) {
        return loaded(returns.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("return", id)));
    }

    ReturnRequest get(Actor actor, UUID id) {
        return visible(actor, get(actor.clientId(), id), id);
    }

    ReturnRequest byRma(ClientId client, String rmaNumber) {
        return loaded(returns.findByClientIdAndRmaNumber(client.value(), rmaNumber)
                .orElseThrow(() -> new NotFound("return", rmaNumber)));
    }

    ReturnRequest byRma(Actor actor, String rmaNumber) {
        return visible(actor, byRma(actor.clientId(), rmaNumber), rmaNumber);
    }

    /** The return a unit's source names ("return-line:..."), locked when asked; empty for any other source. */
    Optional<ReturnRequest> byLine(ClientId client, String sourceRef, boolean lock) {
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

    /** The ownership check of every read and action on one return: {@link ShopperScope}, with no exceptions. */
    private static ReturnRequest visible(Actor actor, ReturnRequest r, Object asked) {
        if (!ShopperScope.permits(actor, r.getCustomerEmail())) {
            throw new NotFound("return", asked);
        }
        return r;
    }

    /** Loads the aggregate's lines and timeline while the transaction is open: callers read them afterwards. */
    static ReturnRequest loaded(ReturnRequest r) {
        r.getLines();
        r.getHistory();
        return r;
    }
}
