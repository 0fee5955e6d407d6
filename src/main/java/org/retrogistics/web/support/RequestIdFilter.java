package org.retrogistics.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (ADR 0028): the caller's {@value #HEADER} when it is short and plain, else a new one. It
 * is in the logging MDC as {@value #MDC_KEY} while the request runs (so every log line of the request carries it, in
 * the JSON logs as a field), echoed on the response, and in every problem+json body as {@code requestId}.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    /** Letters, digits and {@code . _ : -}, up to 64: no spaces, quotes or line breaks to forge a log line with. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // an error or async dispatch of the same request keeps the id its first pass chose
        String id = request.getAttribute(ATTRIBUTE) instanceof String chosen ? chosen : choose(request);
        request.setAttribute(ATTRIBUTE, id);
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    private static String choose(HttpServletRequest request) {
        String offered = request.getHeader(HEADER);
        return offered != null && SAFE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // the /error page runs after the first pass has left: it needs the id in the MDC again
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    /** The id of the request this thread is serving, if any. */
    static String current() {
        return MDC.get(MDC_KEY);
    }
}
