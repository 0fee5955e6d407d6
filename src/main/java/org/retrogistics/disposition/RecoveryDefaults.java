package org.retrogistics.disposition;

import java.util.Currency;

/**
 * The system default recovery table, read from the one place it is kept, {@code disposition/recovery-defaults.csv}
 * (read once, at first use). Each row's {@code source} names the row of REFERENCE.md ("Figures") it rests on, or says
 * "assumption" where no public figure exists: vendor claims and rules of thumb, defaults a client edits.
 *
 * <p>Figures used: Optoro's processing cost of 27% of the purchase price (the cross-check for labour and transport);
 * dock-to-stock of 30–45 days with markdowns of 20–25% by then; Amazon liquidation at 5–10% of the selling price minus a
 * 15% referral fee and a per-item fee, paid in 60–90 days; secondary-market recovery of 15–50% of value and transport
 * and processing of $0.30–$2 per item; refurbish/recommerce at 50–75% of MSRP against ~10% from liquidation; load
 * quality of 65–75% working and ~20% repairable. Labour is costed at an assumed $30 an hour (REFERENCE.md has no rate).
 */
public final class RecoveryDefaults {

    public static final String ID = "system-defaults";
    public static final int VERSION = 1;

    private RecoveryDefaults() {}

    /** The shipped file, parsed once: a class holder, so the first caller pays and none races. */
    private static final class Shipped {
        static final RecoveryTable TABLE = RecoveryTableCsv.readDefaults();
    }

    /** The system defaults in US dollars, the currency of the figures. */
    public static RecoveryTable system() {
        return system(Currency.getInstance("USD"));
    }

    /**
     * The same figures with the fixed amounts read in another currency; they are USD figures, so a client in another
     * currency should review the fixed amounts (transport, fees) before relying on them.
     */
    public static RecoveryTable system(Currency currency) {
        RecoveryTable shipped = Shipped.TABLE;
        if (!shipped.id().equals(ID) || shipped.version() != VERSION) {
            throw new IllegalStateException("the shipped recovery defaults are " + shipped.id() + " version "
                    + shipped.version() + ", expected " + ID + " version " + VERSION);
        }
        return shipped.currency().equals(currency)
                ? shipped
                : new RecoveryTable(shipped.id(), shipped.version(), currency, shipped.entries());
    }
}
