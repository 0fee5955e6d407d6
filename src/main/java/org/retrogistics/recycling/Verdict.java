package org.retrogistics.recycling;

/** A policy's answer: allowed, or refused with a reason a person can read. */
public record Verdict(boolean allowed, String reason) {

    public static Verdict allow(String reason) {
        return new Verdict(true, reason);
    }

    public static Verdict reject(String reason) {
        return new Verdict(false, reason);
    }
}
