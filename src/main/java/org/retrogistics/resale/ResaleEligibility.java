package org.retrogistics.resale;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.custody.UnitState;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.WorkKind;

/**
 * Whether a unit may go out by a way of resale: the disposition in force must have chosen that way, and the unit must
 * be one that may be sold at all (not recalled, data wiped, in our custody, its work done). Disposition's rules already
 * keep recalled and unwiped units away from resale; this policy respects the decision and checks again at the moment
 * of sale, since facts can change after the decision.
 */
public final class ResaleEligibility {

    /** A way out through resale, and the disposition options that lead to it. */
    public enum Way {
        /** One unit on a channel: resold as it is, or after refurbishment. */
        LISTING(EnumSet.of(DispositionOption.RESELL_AS_IS, DispositionOption.REFURBISH_AND_RESELL)),
        /** Many units sold together to a business buyer or liquidator. */
        LOT(EnumSet.of(DispositionOption.B2B_LOT));

        private final Set<DispositionOption> options;

        Way(Set<DispositionOption> options) {
            this.options = options;
        }

        public Set<DispositionOption> options() {
            return options;
        }

        public boolean takes(DispositionOption option) {
            return option != null && options.contains(option);
        }
    }

    /**
     * What the policy looks at.
     *
     * @param option the disposition option in force, null when the unit has no decision yet
     * @param workOutstanding the work the decision needs that is not done yet
     */
    public record Candidate(
            UUID unitId,
            String licencePlate,
            UnitState state,
            DispositionOption option,
            boolean recalled,
            boolean dataOutstanding,
            Set<WorkKind> workOutstanding) {}

    /** Why a unit may not go this way, with a stable code. */
    public record Refusal(String code, String reason) {
        public ResaleRefused exception() {
            return new ResaleRefused(code, reason);
        }
    }

    private ResaleEligibility() {}

    public static Optional<Refusal> check(Candidate c, Way way) {
        String unit = "unit " + c.licencePlate();
        if (c.recalled()) {
            return refuse("unit-recalled", unit + " is recalled: a recalled unit is never resold");
        }
        if (c.option() == null) {
            return refuse("unit-not-decided", unit + " has no disposition yet: it is inspected and decided first");
        }
        if (!way.takes(c.option())) {
            return refuse(
                    way == Way.LISTING ? "unit-not-decided-for-listing" : "unit-not-decided-for-lot",
                    unit + " is decided for " + c.option() + ", not for "
                            + (way == Way.LISTING ? "a listing (" : "a lot (") + way.options() + ")");
        }
        if (c.dataOutstanding()) {
            return refuse(
                    "unit-data-not-sanitised",
                    unit + " holds data with no passed sanitisation record: it cannot be sold until a wipe passes");
        }
        if (c.state() != UnitState.IN_CUSTODY) {
            return refuse(
                    "unit-not-in-custody",
                    unit + " is " + c.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ", not in our custody: only a unit we hold is sold");
        }
        if (!c.workOutstanding().isEmpty()) {
            return refuse(
                    "unit-work-pending",
                    unit + " still needs " + c.workOutstanding() + " before it is sold as " + c.option());
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String code, String reason) {
        return Optional.of(new Refusal(code, reason));
    }
}
