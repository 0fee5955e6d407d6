package org.retrogistics.disposition;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.Money;

/**
 * What the engine knows about one unit when it decides: product facts from the catalogue, the grades and checks from
 * inspection, and the flags other modules own (recall, warranty claim, vendor terms). A change to any of them is a
 * reason to re-evaluate the decision.
 *
 * @param category the product category, the key recovery tables are kept by; stored trimmed and in lower case
 * @param productValue the item's price or MSRP; expected prices are fractions of it, in its currency
 * @param locked an account or carrier lock is still on
 * @param warrantyRepair the customer is owed a repair under warranty: the unit goes back to them
 * @param noFaultFound inspection found nothing wrong
 * @param authenticityHold suspected counterfeit or swapped: only destruction or a return to the vendor
 * @param vendorReturnAllowed the client's vendor terms take this unit back
 * @param donationAllowed the client allows donating this product
 */
public record UnitFacts(
        ClientId clientId,
        UUID unitId,
        String sku,
        String brand,
        String category,
        Money productValue,
        long weightGrams,
        FunctionalGrade functionalGrade,
        CosmeticGrade cosmeticGrade,
        boolean dataBearing,
        boolean sanitisationPassed,
        boolean locked,
        BatteryState batteryState,
        boolean recalled,
        boolean warrantyRepair,
        boolean noFaultFound,
        boolean authenticityHold,
        boolean vendorReturnAllowed,
        boolean donationAllowed) {

    public UnitFacts {
        require(clientId, "clientId");
        require(unitId, "unitId");
        require(sku, "sku");
        require(brand, "brand");
        require(category, "category");
        require(productValue, "productValue");
        require(functionalGrade, "functionalGrade");
        require(cosmeticGrade, "cosmeticGrade");
        require(batteryState, "batteryState");
        if (sku.isBlank()) {
            throw new InvalidUnitFacts("unit " + unitId + ": sku is blank");
        }
        if (category.isBlank()) {
            throw new InvalidUnitFacts("unit " + unitId + ": category is blank");
        }
        if (productValue.amount().signum() < 0) {
            throw new InvalidUnitFacts(
                    "unit " + unitId + ": product value " + productValue + " is negative; it is the item's price");
        }
        if (weightGrams < 0) {
            throw new InvalidUnitFacts("unit " + unitId + ": weight " + weightGrams + " g is negative");
        }
        brand = brand.trim();
        category = category.trim().toLowerCase(Locale.ROOT);
    }

    private static void require(Object value, String name) {
        if (value == null) {
            throw new InvalidUnitFacts(name + " is missing: the engine needs it to decide");
        }
    }

    public GradeBand gradeBand() {
        return GradeBand.of(functionalGrade, cosmeticGrade);
    }

    /** Data on the unit that no sanitisation record has yet cleared. */
    public boolean dataOutstanding() {
        return dataBearing && !sanitisationPassed;
    }

    /** The same unit regraded, e.g. after a work order: a new input, so the decision is re-evaluated. */
    public UnitFacts withGrades(FunctionalGrade functional, CosmeticGrade cosmetic) {
        return toBuilder().functionalGrade(functional).cosmeticGrade(cosmetic).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientId = clientId;
        b.unitId = unitId;
        b.sku = sku;
        b.brand = brand;
        b.category = category;
        b.productValue = productValue;
        b.weightGrams = weightGrams;
        b.functionalGrade = functionalGrade;
        b.cosmeticGrade = cosmeticGrade;
        b.dataBearing = dataBearing;
        b.sanitisationPassed = sanitisationPassed;
        b.locked = locked;
        b.batteryState = batteryState;
        b.recalled = recalled;
        b.warrantyRepair = warrantyRepair;
        b.noFaultFound = noFaultFound;
        b.authenticityHold = authenticityHold;
        b.vendorReturnAllowed = vendorReturnAllowed;
        b.donationAllowed = donationAllowed;
        return b;
    }

    /** A builder, as the record has many flags; unset flags are false, the battery NONE. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the facts for {@link UnitFacts}; {@link #build()} validates them. */
    public static final class Builder {
        private ClientId clientId;
        private UUID unitId;
        private String sku;
        private String brand;
        private String category;
        private Money productValue;
        private long weightGrams;
        private FunctionalGrade functionalGrade;
        private CosmeticGrade cosmeticGrade;
        private boolean dataBearing;
        private boolean sanitisationPassed;
        private boolean locked;
        private BatteryState batteryState = BatteryState.NONE;
        private boolean recalled;
        private boolean warrantyRepair;
        private boolean noFaultFound;
        private boolean authenticityHold;
        private boolean vendorReturnAllowed;
        private boolean donationAllowed;

        private Builder() {}

        public Builder clientId(ClientId v) {
            clientId = v;
            return this;
        }

        public Builder unitId(UUID v) {
            unitId = v;
            return this;
        }

        public Builder sku(String v) {
            sku = v;
            return this;
        }

        public Builder brand(String v) {
            brand = v;
            return this;
        }

        public Builder category(String v) {
            category = v;
            return this;
        }

        public Builder productValue(Money v) {
            productValue = v;
            return this;
        }

        public Builder productValue(String amount, String currency) {
            productValue = Money.of(new BigDecimal(amount), currency);
            return this;
        }

        public Builder weightGrams(long v) {
            weightGrams = v;
            return this;
        }

        public Builder functionalGrade(FunctionalGrade v) {
            functionalGrade = v;
            return this;
        }

        public Builder cosmeticGrade(CosmeticGrade v) {
            cosmeticGrade = v;
            return this;
        }

        public Builder dataBearing(boolean v) {
            dataBearing = v;
            return this;
        }

        public Builder sanitisationPassed(boolean v) {
            sanitisationPassed = v;
            return this;
        }

        public Builder locked(boolean v) {
            locked = v;
            return this;
        }

        public Builder batteryState(BatteryState v) {
            batteryState = v;
            return this;
        }

        public Builder recalled(boolean v) {
            recalled = v;
            return this;
        }

        public Builder warrantyRepair(boolean v) {
            warrantyRepair = v;
            return this;
        }

        public Builder noFaultFound(boolean v) {
            noFaultFound = v;
            return this;
        }

        public Builder authenticityHold(boolean v) {
            authenticityHold = v;
            return this;
        }

        public Builder vendorReturnAllowed(boolean v) {
            vendorReturnAllowed = v;
            return this;
        }

        public Builder donationAllowed(boolean v) {
            donationAllowed = v;
            return this;
        }

        public UnitFacts build() {
            return new UnitFacts(
                    clientId,
                    unitId,
                    sku,
                    brand,
                    category,
                    productValue,
                    weightGrams,
                    functionalGrade,
                    cosmeticGrade,
                    dataBearing,
                    sanitisationPassed,
                    locked,
                    batteryState,
                    recalled,
                    warrantyRepair,
                    noFaultFound,
                    authenticityHold,
                    vendorReturnAllowed,
                    donationAllowed);
        }
    }
}
