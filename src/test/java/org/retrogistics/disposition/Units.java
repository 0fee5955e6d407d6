package org.retrogistics.disposition;

import java.util.UUID;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/** Units for the engine's tests: one client, and starting points the tests change one fact at a time. */
public final class Units {

    public static final ClientId CLIENT = ClientId.of("0b3c1f5e-6a43-4c1e-9d0a-2f1d5e7a9b01");
    public static final ClientId OTHER_CLIENT = ClientId.of("9a8b7c6d-0000-4000-8000-00000000beef");

    private Units() {}

    /** A sealed laptop, never powered on (so no personal data), no fault found, graded F0/A, worth 1000 USD. */
    public static UnitFacts.Builder sealedLaptop() {
        return UnitFacts.builder()
                .clientId(CLIENT)
                .unitId(UUID.fromString("11111111-2222-4333-8444-555555555555"))
                .sku("LT-14")
                .brand("Globex")
                .category("laptops")
                .productValue("1000.00", "USD")
                .weightGrams(2000)
                .functionalGrade(FunctionalGrade.F0)
                .cosmeticGrade(CosmeticGrade.A)
                .noFaultFound(true)
                .vendorReturnAllowed(true)
                .donationAllowed(true);
    }

    /** A phone worth 600 USD graded F3/B (a key function impaired, repairable), wiped at inspection. */
    public static UnitFacts.Builder repairablePhone() {
        return UnitFacts.builder()
                .clientId(CLIENT)
                .unitId(UUID.fromString("22222222-3333-4444-8555-666666666666"))
                .sku("PH-6")
                .brand("Globex")
                .category("phones")
                .productValue("600.00", "USD")
                .weightGrams(200)
                .functionalGrade(FunctionalGrade.F3)
                .cosmeticGrade(CosmeticGrade.B)
                .dataBearing(true)
                .sanitisationPassed(true)
                .vendorReturnAllowed(true)
                .donationAllowed(true);
    }
}
