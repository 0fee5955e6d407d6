package org.retrogistics.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.retrogistics.access.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the {@code Idempotency-Key} header on API POSTs: the first request with a key runs and its answer is kept;
 * a retry with the same key and body gets that answer again and creates nothing; the same key with another body is
 * refused. Keys are scoped to the client, and the claim on a key is a row insert, so two concurrent retries cannot
 * both run.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";

    /** A claim older than this whose request never finished (the process died) may be taken over. */
    private static final String ABANDONED_AFTER = "2 minutes";

    private final JdbcClient jdbc;
    private final Problems problems;

    public IdempotencyFilter(JdbcClient jdbc, Problems problems) {
        this.jdbc = jdbc;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Actor actor)) {
            chain.doFilter(request, response); // security will answer 401
            return;
        }
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > 200) {
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "invalid-idempotency-key",
                            "Invalid idempotency key",
                            "Idempotency-Key must be 1 to 200 characters"));
            return;
        }
        byte[] body = request instanceof CachedBodyRequest cached
                ? cached.body()
                : request.getInputStream().readAllBytes();
        HttpServletRequest replayable =
                request instanceof CachedBodyRequest ? request : new CachedBodyRequest(request, body);
        String scope = actor.clientId().toString();
        String hash = hash(request.getMethod(), request.getRequestURI(), body);

        if (!claim(scope, key, hash)) {
            answerFromRecord(scope, key, hash, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(replayable, captured);
            if (captured.getStatus() < 500) {
                jdbc.sql(
                                """
                                update idempotency_record set status = ?, content_type = ?, location = ?, body = ?
                                where scope = ? and idem_key = ?
                                """)
                        .params(
                                captured.getStatus(),
                                captured.getContentType(),
                                captured.getHeader("Location"),
                                captured.getContentAsByteArray(),
                                scope,
                                key)
                        .update();
                stored = true;
            }
        } finally {
            if (!stored) {
                // a server failure is not an answer worth replaying: free the key for a retry
                jdbc.sql("delete from idempotency_record where scope = ? and idem_key = ?")
                        .params(scope, key)
                        .update();
            }
            captured.copyBodyToResponse();
        }
    }

    private boolean claim(String scope, String key, String hash) {
        jdbc.sql("delete from idempotency_record where scope = ? and idem_key = ? and status is null"
                        + " and created_at < now() - interval '" + ABANDONED_AFTER + "'")
                .params(scope, key)
                .update();
        return jdbc.sql(
                                """
                                insert into idempotency_record (scope, idem_key, request_hash) values (?, ?, ?)
                                on conflict do nothing
                                """)
                        .params(scope, key, hash)
                        .update()
                == 1;
    }

    private void answerFromRecord(String scope, String key, String hash, HttpServletResponse response)
            throws IOException {
        var record = jdbc.sql("select request_hash, status, content_type, location, body from idempotency_record"
                        + " where scope = ? and idem_key = ?")
                .params(scope, key)
                .query((rs, n) -> new Stored(
                        rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getBytes(5)))
                .optional();
        if (record.isEmpty()) {
            problems.write(response, inProgress());
            return;
        }
        Stored s = record.get();
        if (!s.hash().equals(hash)) {
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "idempotency-key-reused",
                            "Idempotency key reused",
                            "This Idempotency-Key was used for a different request; use a new key"));
            return;
        }
        if (s.status() == null) {
            problems.write(response, inProgress());
            return;
        }
        response.setStatus(s.status());
        if (s.contentType() != null) {
            response.setContentType(s.contentType());
        }
        if (s.location() != null) {
            response.setHeader("Location", s.location());
        }
        response.setHeader("Idempotency-Replayed", "true");
        if (s.body() != null) {
            response.getOutputStream().write(s.body());
        }
    }

    private static org.springframework.http.ProblemDetail inProgress() {
        return Problems.of(
                HttpStatus.CONFLICT,
                "idempotency-request-in-progress",
                "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry shortly");
    }

    private record Stored(String hash, Integer status, String contentType, String location, byte[] body) {}

    private static String hash(String method, String uri, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + uri + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
