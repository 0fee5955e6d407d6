package org.retrogistics.recalls;

/**
 * A dry run of criteria: what a launch would bring back, and nothing recorded. {@code unitsToReturn} come back on new
 * recall returns (the order lines' quantities not yet returned); {@code unitsInCustody} are already with us and
 * {@code unitsOnTheirWay} are coming back on earlier returns.
 */
public record RecallPreview(int orderLines, int orders, int unitsToReturn, int unitsInCustody, int unitsOnTheirWay) {

    public int expected() {
        return unitsToReturn + unitsInCustody + unitsOnTheirWay;
    }
}
