package org.retrogistics.web.support;

import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrogistics.returns.ReturnRefusedByPolicy;
import org.retrogistics.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * mistake is a 4xx that says what is wrong, never a 500; a business refusal is never a 200.
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
        log.info(
                "Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(
                        HttpStatus.CONFLICT,
                        "constraint-violated",
                        "Refused by a data rule",
                        "The change contradicts stored data (a duplicate, or more than is available)"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST, "validation-failed", "Invalid input", "The request has invalid values");
        problem.setProperty(
                "errors",
                e.getConstraintViolations().stream()
                        .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
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
                        "Parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::fieldError)
                .toList();
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "validation-failed",
                "Invalid input",
                errors.stream()
                        .map(m -> m.get("field") + " " + m.get("message"))
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("Invalid input"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST, "validation-failed", "Invalid input", "The request has invalid parameters");
        problem.setProperty(
                "errors",
                e.getParameterValidationResults().stream()
                        .flatMap(r -> r.getResolvableErrors().stream()
                                .map(err -> Map.of(
                                        "field",
                                        r.getMethodParameter().getParameterName() == null
                                                ? "parameter"
                                                : r.getMethodParameter().getParameterName(),
                                        "message",
                                        String.valueOf(err.getDefaultMessage()))))
                        .toList());
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
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", readable(e)));
    }

    /** Names the JSON field that failed (lines[0].quantity) and Jackson's first sentence about it. */
    private static String readable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof JacksonException json) {
            String message = json.getOriginalMessage() == null ? "invalid value" : json.getOriginalMessage();
            int cut = message.indexOf('\n');
            String first = (cut > 0 ? message.substring(0, cut) : message).strip();
            String path = path(json.getPath());
            return path.isEmpty() ? first : path + ": " + first;
        }
        return "The body could not be read as JSON";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // the framework's own problems (405, 415, 404 no handler ...) get a stable type and code as well
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            String code =
                    HttpStatus.valueOf(statusCode.value()).name().toLowerCase().replace('_', '-');
            problem.setType(java.net.URI.create(Problems.TYPE_BASE + code));
            problem.setProperty("code", code);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static Map<String, Object> fieldError(FieldError f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", f.getField());
        m.put("message", f.getDefaultMessage());
        if (f.getRejectedValue() != null && !(f.getRejectedValue() instanceof java.util.Collection<?>)) {
            m.put("rejected", String.valueOf(f.getRejectedValue()));
        }
        return m;
    }

    private static String title(String code) {
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
