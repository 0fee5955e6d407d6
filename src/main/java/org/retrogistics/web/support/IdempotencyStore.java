package org.retrogistics.web.support;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of {@code idempotency_record}, always used inside the transaction of the request they belong to (or, for a
 * refusal whose effect was rolled back, of a fresh one).
 */
final class IdempotencyStore {

    /** A key's scope: the same key under another client, principal, method or path is another key. */
    record Scope(UUID clientId, String principal, String method, String path) {}

    /** A final answer as kept: never a secret (see {@link IdempotencyFilter}). */
    record Answer(
            String requestHash,
            int status,
            String contentType,
            String location,
            String etag,
            byte[] body,
            boolean redacted) {}

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the key for this transaction without waiting: false if another request with the same key is running. The
     * lock is PostgreSQL's, so it holds across instances and ends with the transaction, also when the process dies.
     */
    boolean tryLock(Scope scope, String key) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:lock, 0))")
                .param(
                        "lock",
                        scope.clientId() + "\n" + scope.principal() + "\n" + scope.method() + "\n" + scope.path() + "\n"
                                + key)
                .query(Boolean.class)
                .single());
    }

    /** The key's answer, unless it has expired (an expired key is removed here: it is a new key). */
    Optional<Answer> find(Scope scope, String key) {
        jdbc.sql(
                        """
                        delete from idempotency_record where client_id = :c and principal = :p and method = :m
                          and path = :path and idem_key = :k and expires_at <= now()
                        """)
                .params(params(scope, key))
                .update();
        return jdbc.sql(
                        """
                        select request_hash, status, content_type, location, etag, body, redacted
                        from idempotency_record where client_id = :c and principal = :p and method = :m
                          and path = :path and idem_key = :k
                        """)
                .params(params(scope, key))
                .query((rs, n) -> new Answer(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBytes(6),
                        rs.getBoolean(7)))
                .optional();
    }

    /** Keeps the answer until {@code ttl} from now (the database's clock, which every instance shares); a row already there (a concurrent request that won) is left as it is. */
    void save(Scope scope, String key, Answer answer, Duration ttl) {
        jdbc.sql(
                        """
                        insert into idempotency_record (client_id, principal, method, path, idem_key, request_hash,
                            status, content_type, location, etag, body, redacted, expires_at)
                        values (:c, :p, :m, :path, :k, :hash, :status, :type, :location, :etag, :body, :redacted,
                            now() + make_interval(secs => :ttl))
                        on conflict do nothing
                        """)
                .params(params(scope, key))
                .param("hash", answer.requestHash())
                .param("status", answer.status())
                .param("type", answer.contentType())
                .param("location", answer.location())
                .param("etag", answer.etag())
                .param("body", answer.body())
                .param("redacted", answer.redacted())
                .param("ttl", (double) ttl.toSeconds())
                .update();
    }

    /** Deletes up to {@code limit} expired keys; answers how many. */
    int purgeExpired(int limit) {
        return jdbc.sql(
                        """
                        delete from idempotency_record where ctid in (
                            select ctid from idempotency_record where expires_at <= now() limit :limit)
                        """)
                .param("limit", limit)
                .update();
    }

    private static java.util.Map<String, Object> params(Scope scope, String key) {
        return java.util.Map.of(
                "c", scope.clientId(),
                "p", scope.principal(),
                "m", scope.method(),
                "path", scope.path(),
                "k", key);
    }
}
