package org.retrogistics.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The API operations whose body is a file streamed to disk as it arrives (the history import, ADR 0032): no filter
 * buffers their body, so the size limit and idempotency keys do not apply to them. The history import is idempotent
 * by the file's contents instead.
 */
final class StreamedUploads {

    private static final Set<String> PATHS = Set.of("/api/history/imports");

    private StreamedUploads() {}

    static boolean is(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && PATHS.contains(request.getRequestURI());
    }
}
