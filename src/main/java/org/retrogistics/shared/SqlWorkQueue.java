package org.retrogistics.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A work queue that is the waiting rows of one table: how many there are and the earliest of their times, for one
 * client or every client. A module's queue bean extends it with its own table, time column and waiting condition, so
 * the SQL names only the module's own table. Plain JDBC on the pool: a read outside any transaction.
 */
public abstract class SqlWorkQueue implements WorkQueue {

    private final DataSource database;
    private final String name;
    private final String ofOneClient;
    private final String ofEveryClient;

    /**
     * @param table the module's table of queued items
     * @param since the column of each item's arrival in the queue
     * @param waiting the condition that an item still waits, as SQL
     */
    protected SqlWorkQueue(DataSource database, String name, String table, String since, String waiting) {
        this.database = database;
        this.name = name;
        this.ofEveryClient = "select count(*), min(" + since + ") from " + table + " where " + waiting;
        this.ofOneClient = ofEveryClient + " and client_id = ?";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public QueueMetrics.Reading read(ClientId client) {
        return query(ofOneClient, client);
    }

    @Override
    public QueueMetrics.Reading readAll() {
        return query(ofEveryClient, null);
    }

    private QueueMetrics.Reading query(String sql, ClientId client) {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (client != null) {
                s.setObject(1, client.value());
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return QueueMetrics.Reading.of(rs, 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the " + name + " queue", e);
        }
    }
}
