package org.retrogistics.receiving;

import java.util.List;

/** The answer to a scan: what was found for each unit, for the station to show. */
public record ScanResult(String code, String rmaNumber, List<Taken> units, String message) {}
