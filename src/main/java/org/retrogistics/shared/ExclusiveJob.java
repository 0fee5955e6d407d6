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
