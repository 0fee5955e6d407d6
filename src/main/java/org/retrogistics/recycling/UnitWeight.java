package org.retrogistics.recycling;

/** A unit's weight in grams and where it comes from; anything but a scale reading is an estimate. */
public record UnitWeight(long grams, WeightSource source) {

    public UnitWeight {
        if (grams < 0) {
            throw new IllegalArgumentException("a weight is never negative: " + grams);
        }
    }

    public boolean estimated() {
        return source.estimated();
    }
}
