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
import java.util.Map;
import java.util.Set;
import org.retrogistics.access.Actor;
import org.retrogistics.web.support.IdempotencyStore.Answer;
import org.retrogistics.web.support.IdempotencyStore.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Honours the {@code Idempotency-Key} header on API POSTs, with Stripe's semantics: the first request with a key runs;
 * its final answer is kept and a retry with the same key and body gets that answer again
 * ({@code Idempotency-Replayed: true}) and changes nothing; the same key with another body is a 422; a retry while the
 * first is still running is a 409 {@code idempotency-key-in-use} with {@code Retry-After}, at once, never waiting and
 * never running twice.
 *
 * <p>The key and the effect are one transaction. The filter opens it (REQUIRED) around the request, so the services'
 * {@code @Transactional} methods join it, takes an advisory lock on the key in it, and writes the answer in it before
 * the commit: after a crash either both the effect and its key exist, or neither does, and the retry runs again. Only
 * final answers are kept ({@link FinalAnswers}); anything else rolls the effect back, so a retry runs again. A final
 * refusal whose service marked the transaction for rollback is rolled back and kept in a fresh transaction. If the
 * commit fails, the buffered answer is dropped and the client gets a 503: nothing was done, the key is free.
 *
 * <p>A key is scoped to the client, the principal (a user, or one API token), the method and the path. The endpoint's
 * role rule runs before any replay ({@link ReplayAuthorization}). Keys expire after {@code
 * retrogistics.api.idempotency.ttl} (24 hours by default): an expired key is a new key. An answer that holds a secret
 * shown once is kept without it: {@code Cache-Control: no-store} answers are kept without a body, and the secret fields
 * of the endpoints in {@link #SECRET_FIELDS} are kept as null.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";

    /** Endpoints whose answer holds a secret shown once, and the fields that hold it. */
    static final Map<String, Set<String>> SECRET_FIELDS = Map.of("/api/tokens", Set.of("token"));

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final PlatformTransactionManager transactions;
    private final ReplayAuthorization authorization;
    private final Problems problems;
    private final JsonMapper json;
    private final IdempotencySettings settings;

    IdempotencyFilter(
            IdempotencyStore store,
            PlatformTransactionManager transactions,
            ReplayAuthorization authorization,
            Problems problems,
            JsonMapper json,
            IdempotencySettings settings) {
        this.store = store;
        this.transactions = transactions;
        this.authorization = authorization;
        this.problems = problems;
        this.json = json;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null
                || StreamedUploads.is(request);
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
        Scope scope = new Scope(
                actor.clientId().value(), principal(actor, request), request.getMethod(), request.getRequestURI());
        Keyed keyed = new Keyed(scope, key, hash(request.getQueryString(), body));

        TransactionStatus tx;
        try {
            tx = transactions.getTransaction(
                    new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED));
        } catch (CannotCreateTransactionException | DataAccessResourceFailureException e) {
            databaseUnavailable(response, e);
            return;
        }
        RequestTransaction.bind(tx);
        try {
            underLock(replayable, response, chain, tx, keyed, auth);
        } finally {
            RequestTransaction.unbind();
            if (!tx.isCompleted()) {
                transactions.rollback(tx);
            }
        }
    }

    /** A keyed request: who sends it where, with which key, and the hash of what it sends. */
    private record Keyed(Scope scope, String key, String hash) {}

    /** Takes the key's lock in the request's transaction; then replays the answer kept for it, or runs the request. */
    private void underLock(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            TransactionStatus tx,
            Keyed keyed,
            Authentication auth)
            throws ServletException, IOException {
        boolean locked;
        try {
            locked = store.tryLock(keyed.scope(), keyed.key());
        } catch (DataAccessResourceFailureException | TransientDataAccessResourceException e) {
            try {
                transactions.rollback(tx);
            } catch (RuntimeException alsoLost) {
                e.addSuppressed(alsoLost); // the connection is gone; the database ends the transaction itself
            }
            databaseUnavailable(response, e);
            return;
        }
        if (!locked) {
            transactions.rollback(tx);
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter());
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.CONFLICT,
                            "idempotency-key-in-use",
                            "Idempotency key in use",
                            "A request with this Idempotency-Key is still running; retry after it has finished"));
            return;
        }
        var stored = store.find(keyed.scope(), keyed.key());
        if (stored.isPresent()) {
            transactions.rollback(tx);
            replay(stored.get(), keyed.hash(), request, auth, response);
            return;
        }
        run(request, response, chain, tx, keyed);
    }

    private void run(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            TransactionStatus tx,
            Keyed keyed)
            throws ServletException, IOException {
        Scope scope = keyed.scope();
        String key = keyed.key();
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured); // an exception that escapes rolls back (finally above) and propagates
        int status = captured.getStatus();
        byte[] content = captured.getContentAsByteArray();
        if (!FinalAnswers.isFinal(status, problemCode(captured.getContentType(), content))) {
            transactions.rollback(tx); // not an answer to keep: nothing is done, a retry runs again
            captured.copyBodyToResponse();
            return;
        }
        boolean secret = secretFields(scope) != null;
        if (secret) {
            captured.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        Answer answer = answer(scope, keyed.hash(), captured, content);
        if (tx.isRollbackOnly() && status >= 400) {
            // a refusal whose service marked the transaction for rollback: nothing was done; keep the refusal alone
            transactions.rollback(tx);
            try {
                new TransactionTemplate(transactions)
                        .executeWithoutResult(s -> store.save(scope, key, answer, settings.ttl()));
            } catch (RuntimeException e) {
                // not kept: a retry runs again and meets the same refusal; the client still gets this one
                log.warn("{} {}: a refusal could not be kept: {}", scope.method(), scope.path(), e.toString());
            }
            captured.copyBodyToResponse();
            return;
        }
        try {
            store.save(scope, key, answer, settings.ttl());
            transactions.commit(tx);
        } catch (RuntimeException e) {
            // the effect is not there: the client must not see the answer that claimed it
            log.warn("{} {}: the commit failed, answering 503: {}", scope.method(), scope.path(), e.toString());
            if (!tx.isCompleted()) {
                transactions.rollback(tx);
            }
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter());
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "commit-failed",
                            "Not saved",
                            "The change could not be saved and nothing was done; retry with the same Idempotency-Key"));
            return;
        }
        captured.copyBodyToResponse();
    }

    /** The database is out of reach before anything ran: the client may retry with the same key. */
    private void databaseUnavailable(HttpServletResponse response, RuntimeException e) throws IOException {
        log.warn("Database unavailable for a keyed request: {}", e.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter());
        problems.write(
                response,
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "database-unavailable",
                        "Service unavailable",
                        "The database cannot be reached right now; retry with the same Idempotency-Key"));
    }

    private void replay(
            Answer stored, String hash, HttpServletRequest request, Authentication auth, HttpServletResponse response)
            throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "idempotency-key-reused",
                            "Idempotency key reused",
                            "This Idempotency-Key was used for a different request; use a new key"));
            return;
        }
        if (!authorization.allows(request, auth)) {
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this operation"));
            return;
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.redacted()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.setHeader("Idempotency-Replayed", "true");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    /** What is kept of an answer: never a secret that the endpoint shows once. */
    private Answer answer(Scope scope, String hash, HttpServletResponse captured, byte[] content) {
        String cacheControl = captured.getHeader(HttpHeaders.CACHE_CONTROL);
        Set<String> fields = secretFields(scope);
        byte[] kept = content;
        boolean redacted = false;
        if (fields != null && captured.getStatus() < 300) {
            kept = withoutFields(content, fields);
            redacted = true;
        } else if (cacheControl != null && cacheControl.contains("no-store")) {
            kept = null;
            redacted = true;
        }
        return new Answer(
                hash,
                captured.getStatus(),
                captured.getContentType(),
                captured.getHeader(HttpHeaders.LOCATION),
                captured.getHeader(HttpHeaders.ETAG),
                kept,
                redacted);
    }

    private static Set<String> secretFields(Scope scope) {
        return SECRET_FIELDS.get(scope.path());
    }

    /** The JSON with the named fields set to null; nothing at all if it cannot be read as JSON. */
    private byte[] withoutFields(byte[] content, Set<String> fields) {
        try {
            JsonNode tree = json.readTree(content);
            blank(tree, fields);
            return json.writeValueAsBytes(tree);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void blank(JsonNode node, Set<String> fields) {
        if (node instanceof ObjectNode object) {
            for (String field : fields) {
                if (object.has(field)) {
                    object.putNull(field);
                }
            }
        }
        for (JsonNode child : node) {
            blank(child, fields);
        }
    }

    private String problemCode(String contentType, byte[] content) {
        if (contentType == null || !contentType.contains("json") || content.length == 0) {
            return null;
        }
        try {
            JsonNode code = json.readTree(content).get("code");
            return code != null && code.isString() ? code.asString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String retryAfter() {
        return Long.toString(Math.max(1, settings.retryAfter().toSeconds()));
    }

    /**
     * Who the key belongs to within the client: a user by name; an API token by its name and a fingerprint of its
     * secret (token names are not unique), never the secret itself.
     */
    static String principal(Actor actor, HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return actor.name() + "#"
                    + sha256(authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8))
                            .substring(0, 16);
        }
        return actor.name();
    }

    private static String hash(String query, byte[] body) {
        byte[] head = ((query == null ? "" : query) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return sha256(all);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
