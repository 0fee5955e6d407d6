package org.retrogistics.recalls.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.recalls.RecallCampaign;
import org.retrogistics.recalls.RecallCriteria;
import org.retrogistics.recalls.RecallProgress;
import org.retrogistics.recalls.RecallStatus;
import org.retrogistics.recalls.RecallUnitView;
import org.retrogistics.returns.Resolution;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaigns and their lines and units; the matching queries are {@link RecallMatching}'s. Matching reads the sold order lines and the units in
 * custody (with the order each came back from) as a read model; everything written outside the recall's own tables goes
 * through the returns and custody modules.
 */
@Repository
public class RecallStore {

    private static final String COLUMNS =
            """
            id, client_id, number, name, status, product_id, sku, lots, serial_from, serial_to, sold_from, sold_to,
            remedy, note, created_at, created_by, launched_at, launched_by, launch_finished_at, closed_at, version,
            expected_units, lines_total, lines_done,
            (select count(*) from recall_unit u where u.campaign_id = c.id and u.received_at is not null) as returned
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RecallStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long nextNumber() {
        return jdbc.sql("select nextval('recall_number_seq')").query(Long.class).single();
    }

    public void insert(RecallCampaign c) {
        RecallCriteria k = c.getCriteria();
        jdbc.sql(
                        """
                        insert into recall_campaign (id, client_id, number, name, status, product_id, sku, lots,
                          serial_from, serial_to, sold_from, sold_to, remedy, note, created_at, created_by, version)
                        values (:id, :client, :number, :name, :status, :product, :sku,
                          string_to_array(:lots, chr(31)), :sf, :st, :df, :dt, :remedy, :note, :at, :by, 0)
                        """)
                .param("id", c.getId())
                .param("client", c.getClientId())
                .param("number", c.getNumber())
                .param("name", c.getName())
                .param("status", c.getStatus().name())
                .param("product", k.productId())
                .param("sku", k.sku())
                .param("lots", k.lots().isEmpty() ? null : String.join("\u001f", k.lots()))
                .param("sf", k.serialFrom())
                .param("st", k.serialTo())
                .param("df", k.soldFrom())
                .param("dt", k.soldTo())
                .param("remedy", c.getRemedy().name())
                .param("note", c.getNote())
                .param("at", Timestamp.from(c.getCreatedAt()))
                .param("by", c.getCreatedBy())
                .update();
    }

    /** Stores a state change; false when someone else changed the campaign since it was read. */
    public boolean update(RecallCampaign c) {
        return jdbc.sql(
                                """
                        update recall_campaign set status = :status, launched_at = :la, launched_by = :lb,
                          launch_finished_at = :lf, closed_at = :ca, version = version + 1
                        where id = :id and version = :v
                        """)
                        .param("status", c.getStatus().name())
                        .param("la", ts(c.getLaunchedAt()))
                        .param("lb", c.getLaunchedBy())
                        .param("lf", ts(c.getLaunchFinishedAt()))
                        .param("ca", ts(c.getClosedAt()))
                        .param("id", c.getId())
                        .param("v", c.getVersion())
                        .update()
                == 1;
    }

    public Optional<RecallCampaign> find(UUID client, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from recall_campaign c where id = :id and client_id = :client")
                .param("id", id)
                .param("client", client)
                .query((rs, i) -> campaign(rs))
                .optional();
    }

    /** For the background job: the campaign whatever the client. */
    public Optional<RecallCampaign> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from recall_campaign c where id = :id")
                .param("id", id)
                .query((rs, i) -> campaign(rs))
                .optional();
    }

    public List<RecallCampaign> list(UUID client, RecallStatus status, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from recall_campaign c where client_id = :client"
                        + " and (cast(:status as text) is null or status = :status)"
                        + " order by created_at desc, number desc limit :n offset :o")
                .param("client", client)
                .param("status", status == null ? null : status.name())
                .param("n", size)
                .param("o", (long) page * size)
                .query((rs, i) -> campaign(rs))
                .list();
    }

    public long count(UUID client, RecallStatus status) {
        return jdbc.sql("select count(*) from recall_campaign where client_id = :client"
                        + " and (cast(:status as text) is null or status = :status)")
                .param("client", client)
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    private static RecallCampaign campaign(ResultSet rs) throws SQLException {
        Array lots = rs.getArray("lots");
        RecallCriteria criteria = new RecallCriteria(
                rs.getObject("product_id", UUID.class),
                rs.getString("sku"),
                lots == null ? List.of() : List.of((String[]) lots.getArray()),
                rs.getString("serial_from"),
                rs.getString("serial_to"),
                rs.getObject("sold_from", LocalDate.class),
                rs.getObject("sold_to", LocalDate.class));
        return new RecallCampaign(
                rs.getObject("id", UUID.class),
                new RecallCampaign.Definition(
                        rs.getObject("client_id", UUID.class),
                        rs.getString("number"),
                        rs.getString("name"),
                        criteria,
                        Resolution.valueOf(rs.getString("remedy")),
                        rs.getString("note")),
                RecallStatus.valueOf(rs.getString("status")),
                new RecallCampaign.Trail(
                        instant(rs.getTimestamp("created_at")),
                        rs.getString("created_by"),
                        instant(rs.getTimestamp("launched_at")),
                        rs.getString("launched_by"),
                        instant(rs.getTimestamp("launch_finished_at")),
                        instant(rs.getTimestamp("closed_at"))),
                rs.getLong("version"),
                new RecallProgress(
                        rs.getInt("expected_units"),
                        rs.getInt("returned"),
                        rs.getInt("lines_total"),
                        rs.getInt("lines_done")));
    }

    /** One pending order line of a launch. */
    public record Pending(UUID orderId, UUID orderLineId, int quantity) {}

    /**
     * The next order lines without a return after the order {@code after}, in order, whole orders only (so that an
     * order gets one return): about {@code lines} of them; an order with more lines than that comes whole on its own.
     */
    public List<Pending> pendingBatch(UUID campaign, UUID after, int lines) {
        List<Pending> batch = jdbc.sql(
                        """
                        select order_id, order_line_id, quantity from recall_line
                        where campaign_id = :c and order_id > :after and return_id is null and not skipped
                        order by order_id, order_line_id limit :n
                        """)
                .param("c", campaign)
                .param("after", after)
                .param("n", lines)
                .query((rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)))
                .list();
        if (batch.size() < lines) {
            return batch;
        }
        UUID last = batch.get(batch.size() - 1).orderId();
        List<Pending> whole =
                batch.stream().filter(p -> !p.orderId().equals(last)).toList();
        if (!whole.isEmpty()) {
            return whole;
        }
        return jdbc.sql(
                        """
                        select order_id, order_line_id, quantity from recall_line
                        where campaign_id = :c and order_id = :o and return_id is null and not skipped
                        order by order_line_id
                        """)
                .param("c", campaign)
                .param("o", last)
                .query((rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)))
                .list();
    }

    /**
     * What a batch of the launch opened: each order line's return ({@code lineIds} and {@code lineReturns} side by
     * side), each unit's return (likewise), and the lines skipped.
     */
    public record BatchReturns(
            List<UUID> lineIds,
            List<UUID> lineReturns,
            List<UUID> unitIds,
            List<UUID> unitReturns,
            List<UUID> skipped) {}

    /** Records a batch's returns and units; skipped lines no longer count as expected. */
    public void recordBatch(UUID campaign, UUID client, BatchReturns batch) {
        List<UUID> lineIds = batch.lineIds();
        List<UUID> skipped = batch.skipped();
        template.execute((ConnectionCallback<Void>) con -> {
            try (var lines = con.prepareStatement(
                            """
                            update recall_line l set return_id = v.r
                            from unnest(?::uuid[], ?::uuid[]) as v(id, r)
                            where l.campaign_id = ? and l.order_line_id = v.id
                            """);
                    var skip = con.prepareStatement(
                            """
                            update recall_line set skipped = true
                            where campaign_id = ? and order_line_id = any(?::uuid[])
                            """);
                    var units = con.prepareStatement(
                            """
                            insert into recall_unit (campaign_id, unit_id, client_id, return_id, origin)
                            select ?, v.id, ?, v.r, 'RECALL_RETURN' from unnest(?::uuid[], ?::uuid[]) as v(id, r)
                            """);
                    var progress = con.prepareStatement(
                            """
                            update recall_campaign set lines_done = lines_done + ?,
                              expected_units = expected_units - coalesce((select sum(quantity) from recall_line
                                where campaign_id = ? and order_line_id = any(?::uuid[])), 0)
                            where id = ?
                            """)) {
                lines.setArray(1, con.createArrayOf("uuid", lineIds.toArray()));
                lines.setArray(2, con.createArrayOf("uuid", batch.lineReturns().toArray()));
                lines.setObject(3, campaign);
                lines.executeUpdate();
                if (!skipped.isEmpty()) {
                    skip.setObject(1, campaign);
                    skip.setArray(2, con.createArrayOf("uuid", skipped.toArray()));
                    skip.executeUpdate();
                }
                units.setObject(1, campaign);
                units.setObject(2, client);
                units.setArray(3, con.createArrayOf("uuid", batch.unitIds().toArray()));
                units.setArray(4, con.createArrayOf("uuid", batch.unitReturns().toArray()));
                units.executeUpdate();
                progress.setInt(1, lineIds.size() + skipped.size());
                progress.setObject(2, campaign);
                progress.setArray(3, con.createArrayOf("uuid", skipped.toArray()));
                progress.setObject(4, campaign);
                progress.executeUpdate();
            }
            return null;
        });
    }

    /** A unit was received: every campaign that expects it counts it once. */
    public int received(UUID unitId, Instant at) {
        return jdbc.sql("update recall_unit set received_at = :at where unit_id = :u and received_at is null")
                .param("at", Timestamp.from(at))
                .param("u", unitId)
                .update();
    }

    public List<RecallUnitView> units(UUID client, UUID campaign, Boolean returned, int page, int size) {
        return jdbc.sql(
                        """
                        select ru.unit_id, u.licence_plate, u.serial, u.lot, u.state, ru.return_id, r.rma_number,
                          ru.origin, ru.received_at
                        from recall_unit ru join unit_facts u on u.id = ru.unit_id
                        left join return_numbers r on r.id = ru.return_id
                        where ru.campaign_id = :c and ru.client_id = :client
                          and (cast(:returned as boolean) is null or (ru.received_at is not null) = :returned)
                        order by u.licence_plate limit :n offset :o
                        """)
                .param("c", campaign)
                .param("client", client)
                .param("returned", returned)
                .param("n", size)
                .param("o", (long) page * size)
                .query((rs, i) -> new RecallUnitView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, UUID.class),
                        rs.getString(7),
                        rs.getString(8),
                        instant(rs.getTimestamp(9))))
                .list();
    }

    public long unitCount(UUID client, UUID campaign, Boolean returned) {
        return jdbc.sql(
                        """
                        select count(*) from recall_unit ru where ru.campaign_id = :c and ru.client_id = :client
                          and (cast(:returned as boolean) is null or (ru.received_at is not null) = :returned)
                        """)
                .param("c", campaign)
                .param("client", client)
                .param("returned", returned)
                .query(Long.class)
                .single();
    }

    /** Unit ids of a campaign found already with us or on their way, in pages, for the recall event. */
    public List<UUID> existingUnitIds(UUID campaign) {
        return new ArrayList<>(
                jdbc.sql("select unit_id from recall_unit where campaign_id = :c and origin <> 'RECALL_RETURN'")
                        .param("c", campaign)
                        .query(UUID.class)
                        .list());
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
