package org.retrogistics.disposition.rules;

import java.util.Optional;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/**
 * The options that need a fact to be open at all: back to stock needs no fault found and an as-new grade (F0/A); repair
 * and return needs a customer owed the repair; the vendor needs vendor-return terms; donation needs the client's
 * consent. Not safety rules: a manager may override with a reason.
 */
public final class ChannelEligibility implements DispositionRule {

    private static final String NAME = "ChannelEligibility";

    private static final Optional<Exclusion> NOT_AS_NEW = Optional.of(new Exclusion(
            "restock-needs-as-new",
            NAME,
            "back to stock needs no fault found and an as-new grade (F0, cosmetic A)",
            false));
    private static final Optional<Exclusion> NO_REPAIR_CLAIM =
            Optional.of(new Exclusion("no-repair-owed", NAME, "no customer is owed a repair of this unit", false));
    private static final Optional<Exclusion> NO_VENDOR_TERMS = Optional.of(new Exclusion(
            "vendor-return-not-allowed", NAME, "the client's vendor terms do not take this unit back", false));
    private static final Optional<Exclusion> NO_DONATION = Optional.of(
            new Exclusion("donation-not-allowed", NAME, "the client does not allow donating this product", false));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Exclusion> evaluate(UnitFacts facts, DispositionOption option) {
        return switch (option) {
            case RETURN_TO_STOCK -> facts.noFaultFound()
                            && facts.functionalGrade() == FunctionalGrade.F0
                            && facts.cosmeticGrade() == CosmeticGrade.A
                    ? Optional.empty()
                    : NOT_AS_NEW;
            case REPAIR_AND_RETURN -> facts.warrantyRepair() ? Optional.empty() : NO_REPAIR_CLAIM;
            case RETURN_TO_VENDOR -> facts.vendorReturnAllowed() ? Optional.empty() : NO_VENDOR_TERMS;
            case DONATE -> facts.donationAllowed() ? Optional.empty() : NO_DONATION;
            default -> Optional.empty();
        };
    }
}
