package org.retrogistics.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
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
