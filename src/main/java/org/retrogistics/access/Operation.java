package org.retrogistics.access;

import java.util.Locale;

/**
 * One API operation as the OpenAPI document names it: the HTTP method and the path template, e.g. {@code POST
 * /api/returns/{id}/receipts}.
 */
public record Operation(String method, String path) implements Comparable<Operation> {

    public Operation {
        method = method.strip().toUpperCase(Locale.ROOT);
        path = path.strip();
        if (!path.startsWith("/api/")) {
            throw new IllegalArgumentException("not an API path: " + path);
        }
    }

    /** Sorted by path, then method, so that every listing of operations reads the same. */
    @Override
    public int compareTo(Operation other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
