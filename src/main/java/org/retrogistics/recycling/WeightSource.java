package org.retrogistics.recycling;

/** Where a unit's weight comes from: the scale, or an estimate from its product record or its UNU e-waste key. */
public enum WeightSource {
    SCALE,
    PRODUCT,
    UNU_KEY;

    public boolean estimated() {
        return this != SCALE;
    }
}
