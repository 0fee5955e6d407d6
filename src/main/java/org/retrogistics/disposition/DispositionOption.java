package org.retrogistics.disposition;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a unit can go (DESIGN.md section 1). Declared in waste-hierarchy order, reuse before recycling before disposal;
 * the engine breaks a tie in expected net recovery in favour of the option declared first.
 */
public enum DispositionOption {
    /** No fault found, as new: back into sellable stock. */
    RETURN_TO_STOCK("workshop", true, true, false, false, EnumSet.of(WorkKind.RELABEL)),
    /** The customer's own unit, repaired and sent back (warranty). */
    REPAIR_AND_RETURN("workshop", false, false, true, false, EnumSet.of(WorkKind.REPAIR)),
    /** Refurbished, regraded and resold; a data-bearing unit is wiped as part of the refurbishment. */
    REFURBISH_AND_RESELL("resale", true, true, false, true, EnumSet.of(WorkKind.REFURBISH)),
    /** Resold as it is, open box or used, after repackaging. */
    RESELL_AS_IS("resale", true, true, false, false, EnumSet.of(WorkKind.REPACKAGE)),
    /** Sold in a B2B lot or to a liquidator, as it is. */
    B2B_LOT("resale", true, true, false, false, EnumSet.noneOf(WorkKind.class)),
    /** Sent back to the vendor under the client's vendor-return terms. */
    RETURN_TO_VENDOR("workshop", false, true, false, true, EnumSet.noneOf(WorkKind.class)),
    /** Torn down; the parts are sold or used in repairs. Storage media are purged or destroyed at teardown. */
    PARTS_HARVEST("workshop", false, true, false, true, EnumSet.of(WorkKind.TEARDOWN)),
    /** Given to a charity; a data-bearing unit is wiped first. */
    DONATE("workshop", false, true, false, true, EnumSet.of(WorkKind.REPACKAGE)),
    /** Sent to a certified (R2v3 / e-Stewards) recycler: a certified party, so no sanitisation is needed first. */
    RECYCLE("recycling", false, false, false, false, EnumSet.noneOf(WorkKind.class)),
    /** Certified destruction with a certificate: a certified party. */
    DESTROY("recycling", false, false, false, false, EnumSet.noneOf(WorkKind.class)),
    /** Last resort, counted as landfill. */
    DISPOSE("recycling", false, false, false, false, EnumSet.noneOf(WorkKind.class));

    private static final DispositionOption[] VALUES = values();

    private final String carriedOutBy;
    private final boolean resale;
    private final boolean releasesToThirdParty;
    private final boolean keepsForCustomer;
    private final boolean sanitisesInPlan;
    private final Set<WorkKind> work;
    private final Set<WorkKind> workWithSanitise;

    DispositionOption(
            String carriedOutBy,
            boolean resale,
            boolean releasesToThirdParty,
            boolean keepsForCustomer,
            boolean sanitisesInPlan,
            EnumSet<WorkKind> work) {
        this.carriedOutBy = carriedOutBy;
        this.resale = resale;
        this.releasesToThirdParty = releasesToThirdParty;
        this.keepsForCustomer = keepsForCustomer;
        this.sanitisesInPlan = sanitisesInPlan;
        this.work = Collections.unmodifiableSet(EnumSet.copyOf(work));
        EnumSet<WorkKind> withWipe = EnumSet.copyOf(work);
        if (sanitisesInPlan) {
            withWipe.add(WorkKind.SANITISE);
        }
        this.workWithSanitise = Collections.unmodifiableSet(withWipe);
    }

    /**
     * The module that carries the option out, ending the unit's way through the reverse flow: workshop (restock,
     * repair and return, vendor return, donation, teardown for parts), resale (listings and lots) or recycling
     * (certified recycling, destruction, landfill). The work orders an option needs come first, in workshop.
     */
    public String carriedOutBy() {
        return carriedOutBy;
    }

    /** Sold to a buyer: back to stock, refurbished, as-is or in a lot. A recalled unit never takes one of these. */
    public boolean resale() {
        return resale;
    }

    /** The unit leaves our custody to a party that is neither the customer nor a certified recycler/destroyer. */
    public boolean releasesToThirdParty() {
        return releasesToThirdParty;
    }

    /** The unit stays the customer's and goes back to them. */
    public boolean keepsForCustomer() {
        return keepsForCustomer;
    }

    /**
     * Whether this option's work plan wipes a data-bearing unit before it leaves (refurbish, parts harvest, donate,
     * vendor return), so the data rule lets it through; the unit is still held until the sanitisation record passes.
     */
    public boolean sanitisesInPlan() {
        return sanitisesInPlan;
    }

    /** The work this option needs for a unit without outstanding data. */
    public Set<WorkKind> requiredWork() {
        return work;
    }

    /** The work this option needs for this unit: plus SANITISE when it holds data not yet sanitised. */
    public Set<WorkKind> requiredWork(UnitFacts facts) {
        return needsSanitising(facts) ? workWithSanitise : work;
    }

    /** True when this option will add a sanitisation work order for this unit. */
    public boolean needsSanitising(UnitFacts facts) {
        return sanitisesInPlan && facts.dataBearing() && !facts.sanitisationPassed();
    }

    /** Reads "B2B_LOT", "b2b-lot" or "b2b lot". */
    public static DispositionOption parse(String text) {
        if (text != null) {
            String t = text.trim()
                    .toUpperCase(java.util.Locale.ROOT)
                    .replace('-', '_')
                    .replace(' ', '_');
            for (DispositionOption o : VALUES) {
                if (o.name().equals(t)) {
                    return o;
                }
            }
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a disposition option; one of " + java.util.Arrays.toString(VALUES));
    }

    static DispositionOption at(int ordinal) {
        return VALUES[ordinal];
    }

    static int count() {
        return VALUES.length;
    }
}
