package org.retrogistics.transport.planning;

/** Why a pickup request is not in the plan. */
public enum UnservedReason {
    NO_VEHICLE("no vehicle is available"),
    LARGER_THAN_ANY_VEHICLE("it is heavier or bulkier than any vehicle can carry"),
    WINDOW_UNREACHABLE(
            "its time window cannot be reached from the depot and back within the shift of any vehicle large enough"),
    NO_ROOM_LEFT("no vehicle has room or time left for it next to the other stops");

    private final String explanation;

    UnservedReason(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
