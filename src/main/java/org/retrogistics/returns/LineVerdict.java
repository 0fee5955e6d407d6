package org.retrogistics.returns;

/** The policy's verdict for the n-th line of a request (1-based, in the order given). */
public record LineVerdict(int lineNo, String sku, PolicyVerdict verdict) {}
