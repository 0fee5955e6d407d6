package org.retrogistics.returns;

/**
 * The internal reason taxonomy. External codes (marketplaces, EDI) map onto it through the reason mapping table.
 * Each reason implies whether it is a product fault (judged by the warranty, never charged a restocking fee) and the
 * default inspection path the warehouse takes.
 */
public enum ReturnReason {
    DEFECTIVE(true, InspectionPath.FUNCTIONAL_TEST),
    DAMAGED_IN_TRANSIT(true, InspectionPath.DAMAGE_ASSESSMENT),
    WRONG_ITEM(true, InspectionPath.IDENTITY_CHECK),
    NOT_AS_DESCRIBED(true, InspectionPath.IDENTITY_CHECK),
    SIZE_FIT(false, InspectionPath.COSMETIC_CHECK),
    CHANGED_MIND(false, InspectionPath.COSMETIC_CHECK),
    ARRIVED_LATE(false, InspectionPath.COSMETIC_CHECK),
    MISSING_PARTS(true, InspectionPath.COMPLETENESS_CHECK),
    WARRANTY_FAILURE(true, InspectionPath.FUNCTIONAL_TEST),
    RECALL(true, InspectionPath.RECALL_HANDLING),
    DELIVERY_FAILURE(false, InspectionPath.SEALED_CHECK),
    END_OF_LIFE(false, InspectionPath.RECYCLING_TRIAGE),
    OTHER(false, InspectionPath.COSMETIC_CHECK);

    /** The inspection a unit returned for this reason starts with. */
    public enum InspectionPath {
        FUNCTIONAL_TEST,
        DAMAGE_ASSESSMENT,
        IDENTITY_CHECK,
        COSMETIC_CHECK,
        COMPLETENESS_CHECK,
        RECALL_HANDLING,
        SEALED_CHECK,
        RECYCLING_TRIAGE
    }

    private final boolean productFault;
    private final InspectionPath inspectionPath;

    ReturnReason(boolean productFault, InspectionPath inspectionPath) {
        this.productFault = productFault;
        this.inspectionPath = inspectionPath;
    }

    /** A fault of the product or the seller: judged by the warranty, and never charged a restocking fee. */
    public boolean productFault() {
        return productFault;
    }

    /** A defect claim, judged by the warranty window instead of the return window. */
    public boolean defectClaim() {
        return this == DEFECTIVE || this == WARRANTY_FAILURE;
    }

    public InspectionPath inspectionPath() {
        return inspectionPath;
    }
}
