package org.retrogistics.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrogistics.returns.ReturnRefusedByPolicy;
import org.retrogistics.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Maps every failure of an API call to RFC 9457 problem+json with a stable {@code type} and {@code code}: a user's
 * mistake is a 4xx that says what is wrong, never a 500; a business refusal is never a 200; a database that cannot be
 * reached is a 503 with {@code Retry-After}. Input errors list every field at once in {@code errors} (field, message,
 * code). Failures outside any controller (an unknown path, a filter) are answered alike by {@link ApiErrorController}.
 */
@RestControllerAdvice(basePackages = "org.retrogistics")
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status =
                switch (e.kind()) {
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
                    case INVALID -> HttpStatus.BAD_REQUEST;
                    case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
                };
        ProblemDetail problem = Problems.of(status, e.code(), title(e.code()), e.getMessage());
        if (e instanceof ReturnRefusedByPolicy refused) {
            problem.setProperty(
                    "lines",
                    refused.verdicts().stream()
                            .map(v -> Map.of(
                                    "lineNo", v.lineNo(),
                                    "sku", v.sku(),
                                    "outcome", v.verdict().outcome(),
                                    "code", v.verdict().code(),
                                    "reason", v.verdict().reason()))
                            .toList());
        }
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> concurrentUpdate(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(
                        HttpStatus.CONFLICT,
                        "concurrent-update",
                        "Concurrent update",
                        "Someone else changed this record at the same time; reload it and retry"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        // the driver's message goes on with the row it refused (Detail: Key (...)=(...)): log its first line only
        log.info("Refused by a database constraint: {}", Problems.rowFree(e));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(
                        HttpStatus.CONFLICT,
                        "constraint-violated",
                        "Refused by a data rule",
                        "The change contradicts stored data (a duplicate, or more than is available)"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e) {
        return validationFailed(e.getConstraintViolations().stream()
                .map(v -> error(
                        ProblemFields.field(v.getPropertyPath()),
                        v.getMessage(),
                        code(v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName())))
                .toList());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(
                        HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this operation"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-parameter",
                        "Invalid parameter",
                        "Parameter '" + e.getName() + "' has an invalid value '" + JsonWords.shortened(e.getValue())
                                + "': expected " + JsonWords.expected(e.getRequiredType())));
    }

    /**
     * Anything else: the database out of reach is a 503 the client may retry, the rest a 500 that says nothing of the
     * inside. Pages keep their HTML error page: for them the exception goes on to the default handling.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!Problems.isApi(request)) {
            throw e;
        }
        if (Problems.databaseUnavailable(e)) {
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return Problems.unavailable();
        }
        if (carriesSql(e)) {
            // a database error's message can hold whole rows: log where it failed and what, without them
            log.error(
                    "Unexpected failure of {} {}: {} at {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    Problems.rowFree(e),
                    where(e));
        } else {
            log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        return ResponseEntity.internalServerError().body(Problems.internalError());
    }

    private static boolean carriesSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof org.springframework.dao.DataAccessException) {
                return true;
            }
        }
        return false;
    }

    /** The first frame of our own code the failure passed through, else its first frame. */
    private static String where(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        for (StackTraceElement f : frames) {
            if (f.getClassName().startsWith("org.retrogistics.")) {
                return f.toString();
            }
        }
        return frames.length == 0 ? "?" : frames[0].toString();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(fieldError(f)));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(error(
                        e.getBindingResult().getObjectName(),
                        String.valueOf(g.getDefaultMessage()),
                        code(g.getCode()))));
        return validationFailed(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                // a request body: its fields by their own names, as for @Valid alone
                body.getFieldErrors().forEach(f -> errors.add(fieldError(f)));
                body.getGlobalErrors()
                        .forEach(g -> errors.add(
                                error(body.getObjectName(), String.valueOf(g.getDefaultMessage()), code(g.getCode()))));
                continue;
            }
            String name = ProblemFields.parameterName(result.getMethodParameter());
            for (MessageSourceResolvable err : result.getResolvableErrors()) {
                String[] codes = err.getCodes();
                errors.add(error(
                        name,
                        String.valueOf(err.getDefaultMessage()),
                        code(codes == null || codes.length == 0 ? null : codes[codes.length - 1])));
            }
        }
        return validationFailed(errors);
    }

    /** Every field error of the request at once, so a client fixes them all in one round trip. */
    private static ResponseEntity<Object> validationFailed(List<Map<String, Object>> errors) {
        List<Map<String, Object>> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(m -> String.valueOf(m.get("field"))));
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "validation-failed",
                "Invalid input",
                sorted.stream()
                        .map(m -> m.get("field") + " " + m.get("message"))
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("The request has invalid values"));
        problem.setProperty("errors", sorted);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a value object refused what it was given while the body was read: its own reason says it best
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof DomainException domain) {
                ResponseEntity<ProblemDetail> answer = domain(domain);
                return ResponseEntity.status(answer.getStatusCode()).body(answer.getBody());
            }
        }
        Throwable cause = e.getMostSpecificCause();
        if (!(cause instanceof JacksonException json)) {
            return ResponseEntity.badRequest()
                    .body(Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "malformed-request",
                            "Malformed request",
                            "The body could not be read as JSON"));
        }
        boolean nul = json instanceof StrictJson.NulCharacter;
        String field = ProblemFields.path(json.getPath());
        String message = JsonWords.describe(json);
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                nul ? "invalid-character" : "malformed-request",
                nul ? "Invalid character" : "Malformed request",
                field.isEmpty() ? message : field + ": " + message);
        if (!field.isEmpty()) {
            problem.setProperty("errors", List.of(error(field, message, ProblemFields.readCode(json))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        // the framework's own problems (405, 415, 406 ...) get a stable type and code as well
        if (answer != null
                && answer.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            String code = Problems.codeOf(statusCode.value());
            problem.setType(java.net.URI.create(Problems.TYPE_BASE + code));
            problem.setProperty("code", code);
        }
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            // the framework words some failures for programmers (types, converters): a person gets the status's words
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            String plain = status == null ? "The request could not be handled" : status.getReasonPhrase();
            problem.setDetail(Problems.plainWords(problem.getDetail(), plain));
            Problems.withRequestId(problem);
        }
        return answer;
    }

    private static Map<String, Object> fieldError(FieldError f) {
        Map<String, Object> m = error(f.getField(), f.getDefaultMessage(), code(f.getCode()));
        if (f.getRejectedValue() != null && !(f.getRejectedValue() instanceof java.util.Collection<?>)) {
            m.put("rejected", String.valueOf(f.getRejectedValue()));
        }
        return m;
    }

    private static Map<String, Object> error(String field, String message, String code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", Problems.plainWords(message, "has an invalid value"));
        m.put("code", code);
        return m;
    }

    /** A constraint's stable code from its name: NotNull is {@code not-null}, Size is {@code size}. */
    static String code(String constraint) {
        if (constraint == null || constraint.isBlank()) {
            return "invalid";
        }
        return constraint
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .toLowerCase();
    }

    private static String title(String code) {
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
