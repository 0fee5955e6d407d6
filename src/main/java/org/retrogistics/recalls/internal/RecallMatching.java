package org.retrogistics.recalls.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.recalls.RecallCriteria;
import org.retrogistics.recalls.RecallPreview;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The matching queries: which sold order lines and which units in custody a campaign's criteria name, counted for a
 * preview or recorded at launch. They read the read-only views the owners publish (ADR 0025): orders' sold lines, returns' return line origins and
 * custody's unit facts, so matching stays one set-based query per question (ADR 0009).
 */
@Repository
public class RecallMatching {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RecallMatching(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The order lines of the client's product that still have items out with customers and meet the criteria. */
    private static String matchingLines(RecallCriteria k) {
        StringBuilder sql = new StringBuilder(
                """
                from sold_lines ol
                where ol.client_id = :client and ol.product_id = :product and ol.returned_quantity < ol.quantity
                """);
        conditions(sql, k, "ol.lot", "ol.serial", "ol.ordered_at");
        return sql.toString();
    }

    /**
     * Units of the product already known to custody (with us, or on their way back on an earlier return), with the lot
     * and serial they carry or else those of the order line they came back from, and that order's date.
     */
    private static String matchingUnits(RecallCriteria k) {
        StringBuilder sql = new StringBuilder(
                """
                from unit_facts u
                left join return_line_origins rl on rl.id = case when u.source_ref like 'return-line:%'
                  then cast(substr(u.source_ref, 13) as uuid) end
                left join sold_lines ol on ol.id = rl.order_line_id
                where u.client_id = :client and u.product_id = :product and u.parent_unit_id is null
                  and u.state <> 'NOT_COMING'
                """);
        conditions(
                sql,
                k,
                "coalesce(u.lot, ol.lot)",
                "coalesce(u.serial, case when ol.quantity = 1 then ol.serial end)",
                "ol.ordered_at");
        return sql.toString();
    }

    /** The criteria in SQL, exactly as {@link RecallCriteria#matches} reads them. */
    private static void conditions(StringBuilder sql, RecallCriteria k, String lot, String serial, String soldAt) {
        if (k.byLot()) {
            sql.append(" and ").append(lot).append(" in (:lots)");
        }
        if (k.bySerial()) {
            sql.append(" and length(")
                    .append(serial)
                    .append(") = :serialLength and ")
                    .append(serial)
                    .append(" collate \"C\" >= :serialFrom and ")
                    .append(serial)
                    .append(" collate \"C\" <= :serialTo");
        }
        if (k.soldFrom() != null) {
            sql.append(" and ").append(soldAt).append(" >= :soldFrom");
        }
        if (k.soldTo() != null) {
            sql.append(" and ").append(soldAt).append(" < :soldBefore");
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, UUID client, RecallCriteria k) {
        s = s.param("client", client).param("product", k.productId());
        if (k.byLot()) {
            s = s.param("lots", k.lots());
        }
        if (k.bySerial()) {
            s = s.param("serialLength", k.serialFrom().length())
                    .param("serialFrom", k.serialFrom())
                    .param("serialTo", k.serialTo());
        }
        if (k.soldFrom() != null) {
            s = s.param("soldFrom", Timestamp.from(k.soldFrom().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (k.soldTo() != null) {
            s = s.param(
                    "soldBefore",
                    Timestamp.from(k.soldTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return s;
    }

    public RecallPreview preview(UUID client, RecallCriteria k) {
        int[] lines = bind(
                        jdbc.sql(
                                "select count(*), count(distinct ol.order_id), coalesce(sum(ol.quantity - ol.returned_quantity),"
                                        + " 0) " + matchingLines(k)),
                        client,
                        k)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
                .single();
        int[] units = bind(
                        jdbc.sql("select count(*) filter (where u.state = 'IN_CUSTODY'),"
                                + " count(*) filter (where u.state <> 'IN_CUSTODY') " + matchingUnits(k)),
                        client,
                        k)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        return new RecallPreview(lines[0], lines[1], lines[2], units[0], units[1]);
    }

    /** Records the matched order lines of a launch (one INSERT ... SELECT); answers lines and units. */
    public int[] snapshotLines(UUID campaign, UUID client, RecallCriteria k) {
        bind(
                        jdbc.sql("insert into recall_line (campaign_id, order_line_id, order_id, quantity)"
                                + " select :campaign, ol.id, ol.order_id, ol.quantity - ol.returned_quantity "
                                + matchingLines(k)),
                        client,
                        k)
                .param("campaign", campaign)
                .update();
        // fresh rows: give the planner their statistics before the launch job reads them in batches
        jdbc.sql("analyze recall_line").update();
        return jdbc.sql("select count(*), coalesce(sum(quantity), 0) from recall_line where campaign_id = :c")
                .param("c", campaign)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    /** Adds the units already known to custody to a launching campaign; answers them with whether they are with us. */
    public Map<UUID, Boolean> addExistingUnits(UUID campaign, UUID client, RecallCriteria k, Instant now) {
        Map<UUID, Boolean> found = new LinkedHashMap<>();
        bind(jdbc.sql("select u.id, u.state = 'IN_CUSTODY' " + matchingUnits(k)), client, k)
                .query((rs, i) -> found.put(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                .list();
        if (found.isEmpty()) {
            return found;
        }
        UUID[] ids = found.keySet().toArray(UUID[]::new);
        Boolean[] here = found.values().toArray(Boolean[]::new);
        template.execute((ConnectionCallback<Integer>) con -> {
            try (var ps = con.prepareStatement(
                    """
                    insert into recall_unit (campaign_id, unit_id, client_id, origin, received_at)
                    select ?, v.id, ?, case when v.here then 'IN_CUSTODY' else 'ON_ITS_WAY' end,
                      case when v.here then cast(? as timestamptz) end
                    from unnest(?::uuid[], ?::bool[]) as v(id, here)
                    on conflict do nothing
                    """)) {
                ps.setObject(1, campaign);
                ps.setObject(2, client);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setArray(4, con.createArrayOf("uuid", ids));
                ps.setArray(5, con.createArrayOf("bool", here));
                return ps.executeUpdate();
            }
        });
        return found;
    }

    public void launchTotals(UUID campaign, int linesTotal, int expectedUnits) {
        jdbc.sql("update recall_campaign set lines_total = :l, lines_done = 0, expected_units = :e where id = :id")
                .param("l", linesTotal)
                .param("e", expectedUnits)
                .param("id", campaign)
                .update();
    }
}
