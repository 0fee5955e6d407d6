package org.retrogistics.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Named policy: a unit whose serial does not match what was sold, that shows signs of a counterfeit, or that is not
 * the item announced (a swap) is held. A held unit goes to quarantine and any refund waiting on inspection stops.
 */
public final class AuthenticityCheck {

    private AuthenticityCheck() {}

    /** The reasons to hold the unit; empty when there are none. */
    public static List<String> reasonsToHold(
            String serialOnRecord, String serialSeen, boolean counterfeitSigns, Map<String, String> answers) {
        List<String> reasons = new ArrayList<>();
        if (serialOnRecord != null
                && serialSeen != null
                && !serialSeen.isBlank()
                && !serialOnRecord.equalsIgnoreCase(serialSeen.strip())) {
            reasons.add("serial " + serialSeen.strip() + " does not match " + serialOnRecord + " on record");
        }
        if (counterfeitSigns) {
            reasons.add("signs of a counterfeit");
        }
        String matches = answers.get("matches-sku");
        if (matches != null && (matches.equalsIgnoreCase("no") || matches.equalsIgnoreCase("false"))) {
            reasons.add("not the item announced: possible swap");
        }
        return reasons;
    }
}
