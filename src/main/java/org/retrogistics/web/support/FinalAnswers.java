package org.retrogistics.web.support;

import java.util.Set;

/**
 * Which answers an {@code Idempotency-Key} keeps: only final ones, so that a retry with the same key gets the same
 * answer, while an answer that says "not now" lets the retry run again.
 *
 * <p>Final: a success (2xx, 3xx) and a 4xx that the same request would get again (invalid input, not found, a
 * business refusal, a state that does not allow the step). Not final: every 5xx (including 503 for a commit that
 * failed), 429 and 408, authentication and authorization (401, 403: they are decided before any replay, and a role may
 * change), and a 409 that reports a race rather than a rule: a lock or version conflict, a stale {@code If-Match}, a
 * unique constraint met by a concurrent insert, or the key itself in use.
 */
final class FinalAnswers {

    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(401, 403, 408, 423, 425, 429);

    private static final Set<String> RACE_CODES =
            Set.of("concurrent-update", "constraint-violated", "idempotency-key-in-use");

    private FinalAnswers() {}

    /** @param problemCode the {@code code} of a problem+json answer, or null */
    static boolean isFinal(int status, String problemCode) {
        if (status < 200 || status >= 500 || TRANSIENT_STATUSES.contains(status)) {
            return false;
        }
        if (status == 409) {
            // a conflict without a stable code cannot be told from a race: let the retry run
            return problemCode != null && !RACE_CODES.contains(problemCode) && !problemCode.startsWith("stale-");
        }
        return true;
    }
}
