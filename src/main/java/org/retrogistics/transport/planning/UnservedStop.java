package org.retrogistics.transport.planning;

/** A request the plan leaves out, with the reason a planner can read. */
public record UnservedStop(String stopId, UnservedReason reason) {

    public String explanation() {
        return "Stop " + stopId + " is not planned: " + reason.explanation() + ".";
    }
}
