package org.retrogistics.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with a stable type URI and code, and writes them where MVC is not involved. */
@Component
public class Problems {

    public static final String TYPE_BASE = "https://retrogistics.org/problems/";

    /** Seconds a client waits before retrying when the database is out of reach. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    /** A qualified Java type name, backticked or not: {@code java.util.UUID}, {@code org.retrogistics.x.Thing}. */
    private static final Pattern JAVA_TYPE = Pattern.compile("\\b(?:[a-z_$][a-z0-9_$]*\\.){2,}[A-Z][A-Za-z0-9_$]*");
    /** The wording of the framework's and the JDK's own failures, written for programmers. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception\\b|\\bCannot (?:deserialize|construct|coerce)|Failed to convert|No enum constant");

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, plainWords(detail, title));
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return withRequestId(problem);
    }

    /** Adds the request's id ({@link RequestIdFilter}), so a caller can quote it and support find the log lines. */
    static ProblemDetail withRequestId(ProblemDetail problem) {
        String id = RequestIdFilter.current();
        if (id != null) {
            problem.setProperty("requestId", id);
        }
        return problem;
    }

    /**
     * The text if it is written for a person, else the fallback: an answer never names a Java type, an exception or a
     * framework's wording (a last guard; the handlers word each failure themselves).
     */
    public static String plainWords(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (JAVA_TYPE.matcher(text).find() || INTERNALS.matcher(text).find()) {
            return fallback;
        }
        return text;
    }

    /**
     * A failure for the log without the rows it may carry: the class of its deepest cause, the SQLState if there is
     * one, and the first line of that cause's message (PostgreSQL puts {@code Detail: Key (...)=(...)} and
     * {@code Failing row contains (...)} on the lines after it), cut to 200 characters.
     */
    public static String rowFree(Throwable failure) {
        Throwable root = failure;
        String state = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        int cut = message.indexOf('\n');
        String first = (cut >= 0 ? message.substring(0, cut) : message).strip();
        int detail = first.indexOf("Detail:");
        if (detail >= 0) {
            first = first.substring(0, detail).strip();
        }
        if (first.length() > 200) {
            first = first.substring(0, 200) + "...";
        }
        return root.getClass().getSimpleName()
                + (state == null ? "" : " SQLState " + state)
                + (first.isEmpty() ? "" : ": " + first);
    }

    /** For filters and security handlers, which answer before any controller runs. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        }
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** Whether a request is an API call, answered in problem+json whatever went wrong (pages keep HTML). */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The stable code of a bare HTTP status: 404 is {@code not-found}, 405 {@code method-not-allowed}. */
    static String codeOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            return "http-" + status;
        }
        if (known == HttpStatus.INTERNAL_SERVER_ERROR) {
            return "internal-error";
        }
        return known.name().toLowerCase().replace('_', '-');
    }

    /**
     * Whether a failure means the database cannot be reached (no connection within the pool's timeout, a connection
     * refused, reset or timed out): a state of the system, not of the request, so the answer is 503, not 500.
     */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // the pool's answer when a transaction's connection broke under it and is rolled back: the broken
            // connection is the cause, whatever failure (the query's, the rollback's) reached this far
            if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or starting
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    static ProblemDetail unavailableProblem() {
        return of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "database-unavailable",
                "Service unavailable",
                "The database cannot be reached right now. Retry after " + RETRY_AFTER_SECONDS + " seconds");
    }

    static ResponseEntity<ProblemDetail> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(unavailableProblem());
    }

    static ProblemDetail internalError() {
        return of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The request failed on our side; it has been logged");
    }
}
