package org.retrogistics.transport.planning;

/** One stop on a route: when the vehicle arrives, starts service (after waiting for the window) and leaves. */
public record Visit(String stopId, double arrival, double serviceStart, double departure) {}
