package org.retrogistics.transport.planning;

import java.util.Arrays;

/**
 * The routes a search works on, as primitive arrays. Each route keeps the departure time from every position and the
 * latest arrival at every position that keeps the rest of the route on time, so checking one insertion for capacity
 * and time windows costs O(1). A move touches routes; a rejected move is undone by restoring only those.
 * {@link StringRemovalSearch} extends it so that its inner loops read these fields directly.
 */
abstract class SearchRoutes {

    final CompiledProblem p;
    final int n;
    final int vehicles;
    final int dims;

    final int[][] seq;
    final int[] len;
    final int[] fixedLen;
    final int[] load;
    final double[] cost;
    final double[][] departure;
    final double[][] latestArrival;
    final int[] routeOf;
    final boolean[] fixed;
    int[] unassigned;
    int unassignedCount;
    double totalCost;

    final boolean[] touched;
    final int[] touchedList;
    int touchedCount;
    final int[][] savedSeq;
    final int[] savedLen;
    final double[] savedCost;
    final int[] savedUnassigned;
    int savedUnassignedCount;
    double savedTotalCost;

    SearchRoutes(CompiledProblem p) {
        this.p = p;
        this.n = p.n;
        this.vehicles = p.vehicles;
        this.dims = p.dims;
        seq = new int[vehicles][];
        len = new int[vehicles];
        fixedLen = new int[vehicles];
        load = new int[vehicles * dims];
        cost = new double[vehicles];
        departure = new double[vehicles][];
        latestArrival = new double[vehicles][];
        routeOf = new int[n];
        fixed = new boolean[n];
        unassigned = new int[n];
        touched = new boolean[vehicles];
        touchedList = new int[vehicles];
        savedSeq = new int[vehicles][];
        savedLen = new int[vehicles];
        savedCost = new double[vehicles];
        savedUnassigned = new int[n];
        Arrays.fill(routeOf, -1);
        for (int v = 0; v < vehicles; v++) {
            seq[v] = new int[n];
            savedSeq[v] = new int[n];
            departure[v] = new double[n + 2];
            latestArrival[v] = new double[n + 2];
            for (int c : p.fixedStart[v]) {
                seq[v][len[v]++] = c;
                routeOf[c] = v;
                fixed[c] = true;
            }
            fixedLen[v] = len[v];
            recompute(v);
            totalCost += cost[v];
        }
    }

    final int indexOf(int v, int c) {
        int[] s = seq[v];
        for (int i = 0; ; i++) if (s[i] == c) return i;
    }

    final boolean fits(int v, int c) {
        for (int k = 0; k < dims; k++) {
            if (load[v * dims + k] + p.demand[c * dims + k] > p.capacity[v * dims + k]) return false;
        }
        return true;
    }

    final void update(int v) {
        totalCost -= cost[v];
        recompute(v);
        totalCost += cost[v];
    }

    /** Cost, load, departure times forward and latest arrivals backward for one route. */
    final void recompute(int v) {
        int depot = p.vehicleDepot[v];
        int[] route = seq[v];
        int length = len[v];
        double[] dep = departure[v];
        double[] lat = latestArrival[v];
        for (int k = 0; k < dims; k++) load[v * dims + k] = 0;
        double c = 0;
        int prev = depot;
        dep[0] = p.vehicleStart[v];
        for (int i = 1; i <= length; i++) {
            int u = route[i - 1];
            c += p.d(prev, u);
            dep[i] = Math.max(dep[i - 1] + p.t(prev, u), p.earliest[u]) + p.service[u];
            for (int k = 0; k < dims; k++) load[v * dims + k] += p.demand[u * dims + k];
            prev = u;
        }
        if (length > 0) c += p.d(prev, depot);
        cost[v] = c;
        lat[length + 1] = p.vehicleEnd[v];
        int next = depot;
        for (int i = length; i >= 1; i--) {
            int u = route[i - 1];
            lat[i] = Math.min(p.latest[u], lat[i + 1] - p.service[u] - p.t(u, next));
            next = u;
        }
    }

    final void touch(int v) {
        if (touched[v]) return;
        touched[v] = true;
        touchedList[touchedCount++] = v;
        System.arraycopy(seq[v], 0, savedSeq[v], 0, len[v]);
        savedLen[v] = len[v];
        savedCost[v] = cost[v];
    }

    final void undo() {
        for (int i = 0; i < touchedCount; i++) {
            int v = touchedList[i];
            for (int k = 0; k < len[v]; k++) routeOf[seq[v][k]] = -1;
        }
        for (int i = 0; i < touchedCount; i++) {
            int v = touchedList[i];
            touched[v] = false;
            System.arraycopy(savedSeq[v], 0, seq[v], 0, savedLen[v]);
            len[v] = savedLen[v];
            for (int k = 0; k < len[v]; k++) routeOf[seq[v][k]] = v;
            recompute(v);
        }
        touchedCount = 0;
        totalCost = savedTotalCost;
        System.arraycopy(savedUnassigned, 0, unassigned, 0, savedUnassignedCount);
        unassignedCount = savedUnassignedCount;
    }
}
