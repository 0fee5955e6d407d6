package org.retrogistics.refunds;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.refunds.internal.LineResolutionRepository;
import org.retrogistics.refunds.internal.MoneyMovementRepository;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CsvExport;
import org.retrogistics.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading resolutions and the money they moved: a return's resolutions, the movements, the payout ledger. The changes
 * are use cases of their own: {@link ResolvingReturnLines}, {@link ResolvingByPolicy}, {@link SettlingMovements},
 * {@link ExchangeWithdrawal}, {@link StockingExchanges}.
 */
@Service
@Transactional(readOnly = true)
public class RefundManagement {

    private final MoneyMovementRepository movements;
    private final LineResolutionRepository resolutions;
    private final ReturnManagement returns;
    private final JdbcClient jdbc;

    RefundManagement(
            MoneyMovementRepository movements,
            LineResolutionRepository resolutions,
            ReturnManagement returns,
            JdbcClient jdbc) {
        this.movements = movements;
        this.resolutions = resolutions;
        this.returns = returns;
        this.jdbc = jdbc;
    }

    /** A resolution as recorded, with the money movements it made. */
    public record Outcome(LineResolution resolution, List<MoneyMovement> movements) {}

    /**
     * A resolution as other modules and the pages read it: the line, what the customer gets (and, for an exchange, the
     * item sent instead), and the money movements it made.
     */
    public record OutcomeSnapshot(
            UUID id,
            int lineNo,
            Resolution kind,
            int quantity,
            String goodsSku,
            boolean withdrawn,
            String createdBy,
            Instant createdAt,
            List<MoneyMovementSnapshot> movements) {

        static OutcomeSnapshot of(Outcome o) {
            LineResolution r = o.resolution();
            return new OutcomeSnapshot(
                    r.getId(),
                    r.getLineNo(),
                    r.getKind(),
                    r.getQuantity(),
                    r.getGoodsSku(),
                    r.isWithdrawn(),
                    r.getCreatedBy(),
                    r.getCreatedAt(),
                    o.movements().stream().map(MoneyMovementSnapshot::of).toList());
        }

        /** An exchange or replacement that may still be withdrawn: its goods have not gone and it stands. */
        public boolean withdrawable() {
            return !withdrawn && (kind == Resolution.EXCHANGE || kind == Resolution.REPLACEMENT);
        }
    }

    /** Whether an agent may record resolutions on a return in this state. */
    public static boolean resolvable(org.retrogistics.returns.ReturnStatus status) {
        return ResolutionGrounds.RESOLVABLE.contains(status);
    }

    public MoneyMovement get(ClientId client, UUID id) {
        return movements.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("refund", id));
    }

    public Page<MoneyMovement> search(ClientId client, MovementStatus status, String rma, Pageable pageable) {
        return movements.search(client.value(), status, rma == null || rma.isBlank() ? null : rma.strip(), pageable);
    }

    /** The movement, as a value. */
    public MoneyMovementSnapshot snapshot(ClientId client, UUID id) {
        return MoneyMovementSnapshot.of(get(client, id));
    }

    /** A page of movements, as values. */
    public Page<MoneyMovementSnapshot> searchSnapshots(
            ClientId client, MovementStatus status, String rma, Pageable pageable) {
        return search(client, status, rma, pageable).map(MoneyMovementSnapshot::of);
    }

    /** As {@link #forReturn}, as values. */
    public List<OutcomeSnapshot> outcomesOf(ClientId client, UUID returnId) {
        return forReturn(client, returnId).stream().map(OutcomeSnapshot::of).toList();
    }

    /** A return's resolutions, each with its money movements, oldest first. */
    public List<Outcome> forReturn(ClientId client, UUID returnId) {
        returns.snapshot(client, returnId); // another client's return is not found
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
