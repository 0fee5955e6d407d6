package org.retrogistics.custody;

import java.util.List;

/** A unit and its whole chain of custody, oldest first. */
public record UnitHistory(UnitSnapshot unit, List<CustodyEntry> events) {}
