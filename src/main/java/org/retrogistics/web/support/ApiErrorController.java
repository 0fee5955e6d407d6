package org.retrogistics.web.support;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page, for what no controller answered: an unknown path, a method a path does not take, a failure in a
 * filter. Under {@code /api/} it is problem+json with a stable code whatever the client accepts (a database out of
 * reach is a 503 with {@code Retry-After}); pages keep the HTML error page.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    private final ErrorAttributes errorAttributes;
    private final Problems problems;

    ApiErrorController(
            ErrorAttributes errorAttributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers,
            Problems problems) {
        super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
        this.errorAttributes = errorAttributes;
        this.problems = problems;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (apiCall(request)) {
            writeProblem(request, response);
            return null;
        }
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (apiCall(request)) {
            writeProblem(
                    request,
                    ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse());
            return null;
        }
        return super.error(request);
    }

    /**
     * The error page's words: the framework's message when it is written for a person, else the status's words; a
     * failure on our side says nothing of the inside.
     */
    @Override
    protected Map<String, Object> getErrorAttributes(HttpServletRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = new LinkedHashMap<>(super.getErrorAttributes(request, options));
        if (attributes.containsKey("message")) {
            HttpStatus status = getStatus(request);
            attributes.put(
                    "message",
                    status.is5xxServerError()
                            ? "The request failed on our side; it has been logged"
                            : Problems.plainWords(String.valueOf(attributes.get("message")), status.getReasonPhrase()));
        }
        attributes.remove("exception");
        attributes.remove("trace");
        return attributes;
    }

    private static boolean apiCall(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null
                ? ""
                : uri.toString().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response) {
        try {
            problems.write(response, problem(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProblemDetail problem(HttpServletRequest request) {
        Throwable failure = errorAttributes.getError(new ServletWebRequest(request));
        if (failure == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            failure = t;
        }
        if (failure != null && Problems.databaseUnavailable(failure)) {
            return Problems.unavailableProblem();
        }
        HttpStatus status = getStatus(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        return switch (status) {
            case NOT_FOUND -> Problems.of(
                    status, Problems.codeOf(404), "Not found", "No API endpoint answers at " + path);
            case METHOD_NOT_ALLOWED -> Problems.of(
                    status,
                    Problems.codeOf(405),
                    "Method not allowed",
                    "This endpoint does not take " + request.getMethod());
            case INTERNAL_SERVER_ERROR -> Problems.internalError();
            default -> Problems.of(
                    status, Problems.codeOf(status.value()), status.getReasonPhrase(), status.getReasonPhrase());
        };
    }
}
