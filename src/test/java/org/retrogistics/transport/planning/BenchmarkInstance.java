package org.retrogistics.transport.planning;

/**
 * A published benchmark instance as read from its file. Node 0 is the depot, customers are 1..n (VRPLIB's node 1
 * becomes 0). {@code vehicleLimit} 0 means a free fleet. Windows and service times are 0/infinite for CVRP.
 */
record BenchmarkInstance(
        String name,
        String set,
        DistanceConvention convention,
        int capacity,
        int vehicleLimit,
        double[] x,
        double[] y,
        int[] demand,
        double[] ready,
        double[] due,
        double[] service) {

    int customers() {
        return x.length - 1;
    }

    boolean hasTimeWindows() {
        return ready.length > 0;
    }

    enum DistanceConvention {
        /** TSPLIB nint(EUC_2D): A, B, P, X. */
        ROUNDED,
        /** Real Euclidean: CMT. */
        EXACT,
        /** Truncated to one decimal: Solomon, Gehring–Homberger. */
        TRUNCATED_TENTH
    }
}
