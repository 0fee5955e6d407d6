package org.retrogistics.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A scheduled job that runs on one instance at a time when several share the database: it holds a PostgreSQL session
 * advisory lock named after the job while it runs, and an instance that finds the lock taken skips that round. The
 * lock lives with the database session, so an instance that dies mid-job releases it; nothing is written to a table.
 *
 * <p>The lock holds a pooled connection of its own for the round, beside those the job's work takes (ADR 0026). The job
 * cannot be run on it: its work goes through {@code JpaTransactionManager}, which refuses a JDBC connection bound to
 * the thread beforehand ("Pre-bound JDBC Connection found"), and Hibernate takes its connections from the pool. A
 * transaction-scoped lock ({@code pg_try_advisory_xact_lock}) needs no connection of its own but only holds for a round
 * that is one transaction: the idempotency purge deletes batch by batch, each committed alone, so that no row lock is
 * held for the whole round. The returns jobs are one transaction each and could take such a lock at its start.
 */
public final class ExclusiveJob {

    /** The first key of every job lock ("RTGJ"), so that the application's locks keep out of others' way. */
    private static final int JOB_LOCKS = 0x5254474A;

    private ExclusiveJob() {}

    /** Runs the job unless another instance is running the job of that name; true when it ran here. */
    public static boolean run(DataSource database, String name, Runnable job) {
        try (Connection c = database.getConnection()) {
            if (!lock(c, "select pg_try_advisory_lock(?, hashtext(?))", name)) {
                return false;
            }
            try {
                job.run();
                return true;
            } finally {
                lock(c, "select pg_advisory_unlock(?, hashtext(?))", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take or release the lock of job " + name, e);
        }
    }

    private static boolean lock(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, JOB_LOCKS);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
