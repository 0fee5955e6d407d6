package org.retrogistics.transport.planning;

import java.util.Arrays;

/**
 * The servable part of a problem as primitive arrays, which is what the search reads in its inner loops. Customers
 * are nodes {@code 0..n-1}, depots follow. Stops already visited count as customers fixed at the start of a route;
 * their time windows are no longer checked (the visit happened).
 */
final class CompiledProblem {

    final int n;
    final int nodes;
    final int dims;
    final double[] dist;
    final double[] time;
    final int[] demand;
    final double[] earliest;
    final double[] latest;
    final double[] service;
    final int vehicles;
    final int[] vehicleDepot;
    final int[] capacity;
    final double[] vehicleStart;
    final double[] vehicleEnd;
    /** Vehicles of the same class are interchangeable while empty, so the search opens only one of each. */
    final int[] vehicleClass;

    final int[][] fixedStart;

    /** Customers and depots as nodes: travel matrices, demands ({@code dims} per customer), windows, service. */
    record Nodes(
            int n,
            int dims,
            double[] dist,
            double[] time,
            int[] demand,
            double[] earliest,
            double[] latest,
            double[] service) {}

    /** Per vehicle: its depot node, capacity ({@code dims} each), shift, and the visited stops it starts with. */
    record Fleet(int[] vehicleDepot, int[] capacity, double[] vehicleStart, double[] vehicleEnd, int[][] fixedStart) {}

    CompiledProblem(Nodes nodes, Fleet fleet) {
        this.n = nodes.n();
        this.nodes = nodes.earliest().length;
        this.dims = nodes.dims();
        this.dist = nodes.dist();
        this.time = nodes.time();
        this.demand = nodes.demand();
        this.earliest = nodes.earliest();
        this.latest = nodes.latest();
        this.service = nodes.service();
        this.vehicles = fleet.vehicleDepot().length;
        this.vehicleDepot = fleet.vehicleDepot();
        this.capacity = fleet.capacity();
        this.vehicleStart = fleet.vehicleStart();
        this.vehicleEnd = fleet.vehicleEnd();
        this.fixedStart = fleet.fixedStart();
        this.vehicleClass = new int[vehicles];
        int classes = 0;
        for (int v = 0; v < vehicles; v++) {
            vehicleClass[v] = -1;
            for (int w = 0; w < v && vehicleClass[v] < 0; w++) {
                if (fixedStart[w].length == 0
                        && fixedStart[v].length == 0
                        && vehicleDepot[w] == vehicleDepot[v]
                        && vehicleStart[w] == vehicleStart[v]
                        && vehicleEnd[w] == vehicleEnd[v]
                        && Arrays.equals(capacity, w * dims, w * dims + dims, capacity, v * dims, v * dims + dims)) {
                    vehicleClass[v] = vehicleClass[w];
                }
            }
            if (vehicleClass[v] < 0) vehicleClass[v] = classes++;
        }
    }

    /** For each customer, all customers by increasing distance, itself first. */
    int[][] neighbours() {
        int[][] result = new int[n][];
        double max = 0;
        for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) max = Math.max(max, d(a, b));
        double scale = max > 0 ? 1e9 / max : 0;
        long[] keys = new long[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                long key = a == b ? 0 : (long) (d(a, b) * scale) + 1;
                keys[b] = key << 21 | b;
            }
            Arrays.sort(keys);
            result[a] = new int[n];
            for (int i = 0; i < n; i++) result[a][i] = (int) (keys[i] & ((1 << 21) - 1));
        }
        return result;
    }

    double d(int a, int b) {
        return dist[a * nodes + b];
    }

    double t(int a, int b) {
        return time[a * nodes + b];
    }
}
