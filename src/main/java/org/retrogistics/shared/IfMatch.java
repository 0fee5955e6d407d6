package org.retrogistics.shared;

import java.util.function.Supplier;

/** The version an {@code If-Match} header names, for optimistic locking over HTTP. */
public final class IfMatch {

    private IfMatch() {}

    /** Reads the version out of {@code If-Match: "3"} (weak tags too); absent or {@code *} means "whatever is current". */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidIfMatch(ifMatch);
        }
    }

    /**
     * The one stale-version check: when the caller named the version it read ({@code If-Match}, or a revision in the
     * body) and the entity has moved on since, refuses with the caller's exception (each module keeps its own problem
     * code). No version named means "whatever is current".
     */
    public static <X extends RuntimeException> void requireCurrent(Number expected, Number current, Supplier<X> stale) {
        if (expected != null && (current == null || expected.longValue() != current.longValue())) {
            throw stale.get();
        }
    }

    /** The ETag for a version. */
    public static String etag(Long version) {
        return "\"" + version + "\"";
    }

    /** An If-Match header that is not a version we issued. */
    public static class InvalidIfMatch extends DomainException {
        InvalidIfMatch(String value) {
            super(Kind.INVALID, "invalid-if-match", "If-Match '" + value + "' is not a version we issued");
        }
    }
}
