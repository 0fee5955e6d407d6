package org.retrogistics.returns;

/**
 * Units of one return line that a resolution covers, as its timeline records them.
 *
 * @param money whether money moved on them
 * @param by who gave (or withdrew) the resolution
 * @param what the resolution in words
 */
public record ResolvedUnits(int lineNo, int units, boolean money, String by, String what) {}
