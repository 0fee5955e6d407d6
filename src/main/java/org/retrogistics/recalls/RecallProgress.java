package org.retrogistics.recalls;

/**
 * How far a campaign is: units expected back (its returns' units plus units already with us), returned (received, or
 * already in custody at launch) and outstanding; and the launch job's progress in order lines.
 */
public record RecallProgress(int expected, int returned, int linesTotal, int linesDone) {

    public int outstanding() {
        return Math.max(0, expected - returned);
    }

    /** Returned of expected, 0-100. */
    public int percentReturned() {
        return expected == 0 ? 0 : (int) Math.floor(100.0 * returned / expected);
    }

    /** Launch job: order lines done of total, 0-100. */
    public int percentLaunched() {
        return linesTotal == 0 ? 100 : (int) Math.floor(100.0 * linesDone / linesTotal);
    }
}
