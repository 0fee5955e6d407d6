package org.retrogistics.returns;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.orders.SoldLine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A recall brings back sold units nobody asked to return: many returns opened at once. */
@Service
public class OpeningRecallReturns {

    private final OrderManagement orders;
    private final BulkReturnWriter bulk;

    OpeningRecallReturns(
            OrderManagement orders, JdbcTemplate jdbc, CustodyLedger custody, ApplicationEventPublisher events) {
        this.orders = orders;
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
        List<SoldLine> reserved = orders.reserveAll(actor.clientId(), orderLines);
        RecallReturns opened = bulk.write(actor, campaign, note, remedy == null ? Resolution.NONE : remedy, reserved);
        Set<UUID> done = new HashSet<>();
        reserved.forEach(s -> done.add(s.lineId()));
        List<UUID> skipped =
                orderLines.keySet().stream().filter(id -> !done.contains(id)).toList();
        return new RecallReturns(opened.opened(), skipped);
    }
}
