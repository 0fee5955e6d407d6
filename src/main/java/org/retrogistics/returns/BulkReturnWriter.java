package org.retrogistics.returns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.orders.SoldLine;
import org.retrogistics.returns.ReturnEvents.ReturnAuthorized;
import org.retrogistics.returns.ReturnEvents.ReturnRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes recall returns with set-based SQL: one statement per table for a whole batch (returns, their lines, their two
 * timeline entries) instead of one aggregate save per return. Each return ends up exactly as an authorized return made
 * one by one: status AUTHORIZED, timeline "ReturnRequested" then "ReturnAuthorized", and the same two events published
 * in the transaction (so the outbox records them for any listener). A recall return never expires.
 */
final class BulkReturnWriter {

    private final JdbcTemplate jdbc;
    private final CustodyLedger custody;
    private final ApplicationEventPublisher events;

    BulkReturnWriter(JdbcTemplate jdbc, CustodyLedger custody, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.custody = custody;
        this.events = events;
    }

    RecallReturns write(Actor actor, String campaign, String note, Resolution remedy, List<SoldLine> lines) {
        Instant now = Instant.now();
        Map<UUID, List<SoldLine>> byOrder = new LinkedHashMap<>();
        lines.forEach(l ->
                byOrder.computeIfAbsent(l.orderId(), k -> new ArrayList<>()).add(l));
        if (byOrder.isEmpty()) {
            return new RecallReturns(List.of(), List.of());
        }
        List<Long> numbers = jdbc.queryForList(
                "select nextval('rma_number_seq') from generate_series(1, ?)", Long.class, byOrder.size());
        Batch batch = new Batch(actor, now, byOrder.size(), lines.size());
        int ri = 0;
        for (List<SoldLine> orderLines : byOrder.values()) {
            batch.addReturn("RMA-%08d".formatted(numbers.get(ri++)), orderLines);
        }
        String reason = "Recall " + campaign;
        Timestamp at = Timestamp.from(now);
        jdbc.execute((ConnectionCallback<Void>) con -> {
            insertReturns(con, actor, batch.r, reason, at);
            insertLines(con, batch.l, note, remedy);
            insertTimeline(con, actor, batch.r, reason, at);
            return null;
        });
        List<UUID> units = custody.expectInBulk(actor.clientId(), batch.expected);
        batch.published.forEach(events::publishEvent);
        return new RecallReturns(batch.opened(units), List.of());
    }

    /**
     * The rows of one batch, column by column as the set-based inserts take them, with the units to expect and the
     * events to publish.
     */
    private static final class Batch {

        private final Actor actor;
        private final Instant now;
        /** Per return: id, RMA number, customer e-mail, customer name, timeline detail. */
        private final Object[][] r;
        /** Per line: the twelve inserted columns, then the RMA number and the sold line it came from. */
        private final Object[][] l;

        private final List<ExpectedUnit> expected = new ArrayList<>();
        private final List<Object> published;
        private int ri;
        private int li;

        Batch(Actor actor, Instant now, int returns, int lines) {
            this.actor = actor;
            this.now = now;
            this.r = new Object[5][returns];
            this.l = new Object[14][lines];
            this.published = new ArrayList<>(2 * returns);
        }

        /** One authorized recall return of an order's lines, as a return authorized one by one would be. */
        void addReturn(String rma, List<SoldLine> orderLines) {
            UUID returnId = UUID.randomUUID();
            SoldLine first = orderLines.get(0);
            r[0][ri] = returnId;
            r[1][ri] = rma;
            r[2][ri] = first.customerEmail();
            r[3][ri] = first.customerName();
            r[4][ri] = orderLines.size() + " line(s), " + ReturnKind.RECALL;
            int lineNo = 1;
            for (SoldLine s : orderLines) {
                addLine(returnId, rma, lineNo++, s);
            }
            published.add(new ReturnRequested(
                    returnId, actor.clientId().value(), rma, ReturnKind.RECALL, orderLines.size(), now));
            published.add(new ReturnAuthorized(returnId, actor.clientId().value(), rma, actor.name(), null, now));
            ri++;
        }

        private void addLine(UUID returnId, String rma, int lineNo, SoldLine s) {
            UUID lineId = UUID.randomUUID();
            l[0][li] = lineId;
            l[1][li] = returnId;
            l[2][li] = lineNo;
            l[3][li] = s.orderId();
            l[4][li] = s.orderNumber();
            l[5][li] = s.lineId();
            l[6][li] = s.productId();
            l[7][li] = s.sku();
            l[8][li] = s.reserved();
            l[9][li] = s.serial();
            l[10][li] = s.lot();
            l[11][li] = s.unitPrice().amount();
            l[12][li] = rma;
            l[13][li] = s;
            String sourceRef = "return-line:" + lineId;
            for (int u = 0; u < s.reserved(); u++) {
                expected.add(new ExpectedUnit(
                        actor.clientId(),
                        s.productId(),
                        s.sku(),
                        s.reserved() == 1 ? s.serial() : null,
                        s.lot(),
                        sourceRef,
                        "customer",
                        s.customerEmail() == null ? "customer" : s.customerEmail(),
                        actor.name()));
            }
            li++;
        }

        /** What each line opened, with the ids of its expected units (handed out in the order they were added). */
        List<RecallReturns.Opened> opened(List<UUID> units) {
            List<RecallReturns.Opened> opened = new ArrayList<>(li);
            int unit = 0;
            for (int i = 0; i < li; i++) {
                SoldLine s = (SoldLine) l[13][i];
                opened.add(new RecallReturns.Opened(
                        (UUID) l[1][i],
                        (String) l[12][i],
                        s.lineId(),
                        List.copyOf(units.subList(unit, unit + s.reserved()))));
                unit += s.reserved();
            }
            return opened;
        }
    }

    private static void insertReturns(Connection con, Actor actor, Object[][] r, String reason, Timestamp at)
            throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                """
                insert into return_request (id, client_id, rma_number, kind, status, customer_email, customer_name,
                  decision_outcome, decision_reason, requested_at, authorized_at, updated_at, version)
                select v.id, ?, v.rma, 'RECALL', 'AUTHORIZED', v.email, v.name, 'ALLOW', ?, ?, ?, ?, 0
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) as v(id, rma, email, name)
                """)) {
            ps.setObject(1, actor.clientId().value());
            ps.setString(2, reason);
            ps.setTimestamp(3, at);
            ps.setTimestamp(4, at);
            ps.setTimestamp(5, at);
            ps.setArray(6, con.createArrayOf("uuid", r[0]));
            ps.setArray(7, con.createArrayOf("text", r[1]));
            ps.setArray(8, con.createArrayOf("text", r[2]));
            ps.setArray(9, con.createArrayOf("text", r[3]));
            ps.executeUpdate();
        }
    }

    private static void insertLines(Connection con, Object[][] l, String note, Resolution remedy) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                """
                insert into return_line (id, return_id, line_no, order_id, order_number, order_line_id, product_id,
                  sku, quantity, received_quantity, reason, note, serial, lot, requested_resolution, outcome,
                  outcome_reason, unit_price, restocking_fee)
                select v.id, v.return_id, v.line_no, v.order_id, v.order_number, v.order_line_id, v.product_id, v.sku,
                  v.quantity, 0, 'RECALL', ?, case when v.quantity = 1 then v.serial end, v.lot, ?, 'ALLOW',
                  'recall: no policy applies', v.unit_price, 0
                from unnest(?::uuid[], ?::uuid[], ?::int4[], ?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::text[],
                  ?::int4[], ?::text[], ?::text[], ?::numeric[])
                  as v(id, return_id, line_no, order_id, order_number, order_line_id, product_id, sku, quantity,
                       serial, lot, unit_price)
                """)) {
            ps.setString(1, note);
            ps.setString(2, remedy.name());
            String[] types = {
                "uuid", "uuid", "int4", "uuid", "text", "uuid", "uuid", "text", "int4", "text", "text", "numeric"
            };
            for (int c = 0; c < types.length; c++) {
                ps.setArray(3 + c, con.createArrayOf(types[c], l[c]));
            }
            ps.executeUpdate();
        }
    }

    private static void insertTimeline(Connection con, Actor actor, Object[][] r, String reason, Timestamp at)
            throws SQLException {
        // ids from the entity's own sequence, one call per row, so they never meet the ids Hibernate hands out
        try (PreparedStatement ps = con.prepareStatement(
                """
                insert into return_event (id, return_id, type, from_status, to_status, occurred_at, actor, detail)
                select nextval('return_event_seq'), s.id, s.type, s.from_status, s.to_status, ?, ?, s.detail
                from (select v.id, e.type, e.from_status, e.to_status,
                        case when e.n = 1 then v.detail else ? end as detail
                      from unnest(?::uuid[], ?::text[]) as v(id, detail)
                      cross join (values (1, 'ReturnRequested', null, 'REQUESTED'),
                                         (2, 'ReturnAuthorized', 'REQUESTED', 'AUTHORIZED'))
                        as e(n, type, from_status, to_status)
                      order by v.id, e.n) s
                """)) {
            ps.setTimestamp(1, at);
            ps.setString(2, actor.name());
            ps.setString(3, reason);
            ps.setArray(4, con.createArrayOf("uuid", r[0]));
            ps.setArray(5, con.createArrayOf("text", r[4]));
            ps.executeUpdate();
        }
    }
}
