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

    CompiledProblem(
            int n,
            int dims,
            double[] dist,
            double[] time,
            int[] demand,
            double[] earliest,
            double[] latest,
            double[] service,
            int[] vehicleDepot,
            int[] capacity,
            double[] vehicleStart,
            double[] vehicleEnd,
            int[][] fixedStart) {
        this.n = n;
        this.nodes = earliest.length;
        this.dims = dims;
        this.dist = dist;
        this.time = time;
        this.demand = demand;
        this.earliest = earliest;
        this.latest = latest;
        this.service = service;
        this.vehicles = vehicleDepot.length;
        this.vehicleDepot = vehicleDepot;
        this.capacity = capacity;
        this.vehicleStart = vehicleStart;
        this.vehicleEnd = vehicleEnd;
        this.fixedStart = fixedStart;
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

    double d(int a, int b) {
        return dist[a * nodes + b];
    }

    double t(int a, int b) {
        return time[a * nodes + b];
    }
}
