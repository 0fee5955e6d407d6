package org.retrogistics.recycling;

import java.util.Optional;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.shared.DomainException;

/**
 * How a unit's weight is known: a scale reading when one is entered; otherwise estimated from its product's weight;
 * otherwise from the average unit weight of its product's UNU e-waste key. Estimates are marked as such.
 */
public final class WeightEstimation {

    private final UnuKeyTable unu;

    public WeightEstimation(UnuKeyTable unu) {
        this.unu = unu;
    }

    /** The weight, or empty when there is no scale reading, no product weight and no known UNU key. */
    public Optional<UnitWeight> weigh(Long scaleGrams, ProductFacts product) {
        if (scaleGrams != null) {
            return Optional.of(new UnitWeight(scaleGrams, WeightSource.SCALE));
        }
        if (product != null && product.weightGrams() > 0) {
            return Optional.of(new UnitWeight(product.weightGrams(), WeightSource.PRODUCT));
        }
        return Optional.ofNullable(product)
                .flatMap(p -> unu.find(p.unuKey()))
                .map(k -> new UnitWeight(k.averageGrams(), WeightSource.UNU_KEY));
    }

    /** The weight, or the refusal that says how to give one. */
    public UnitWeight require(Long scaleGrams, ProductFacts product, String plate) {
        if (scaleGrams != null && scaleGrams < 0) {
            throw new WeightUnknown(plate + ": a scale reading is never negative (" + scaleGrams + " g)");
        }
        return weigh(scaleGrams, product)
                .orElseThrow(() -> new WeightUnknown("unit " + plate
                        + " has no scale reading, its product has no weight and no known UNU e-waste key"
                        + (product == null || product.unuKey() == null
                                ? ""
                                : " ('" + product.unuKey() + "' is not one)")
                        + ": weigh it and enter the reading"));
    }

    /** No weight can be given or estimated for a unit. */
    public static class WeightUnknown extends DomainException {
        WeightUnknown(String message) {
            super(Kind.REJECTED, "weight-unknown", message);
        }
    }
}
