package org.retrogistics.disposition;

import static org.retrogistics.disposition.DispositionOption.B2B_LOT;
import static org.retrogistics.disposition.DispositionOption.DESTROY;
import static org.retrogistics.disposition.DispositionOption.DISPOSE;
import static org.retrogistics.disposition.DispositionOption.DONATE;
import static org.retrogistics.disposition.DispositionOption.PARTS_HARVEST;
import static org.retrogistics.disposition.DispositionOption.RECYCLE;
import static org.retrogistics.disposition.DispositionOption.REFURBISH_AND_RESELL;
import static org.retrogistics.disposition.DispositionOption.REPAIR_AND_RETURN;
import static org.retrogistics.disposition.DispositionOption.RESELL_AS_IS;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_STOCK;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_VENDOR;
import static org.retrogistics.disposition.GradeBand.FAULTY;
import static org.retrogistics.disposition.GradeBand.GOOD;
import static org.retrogistics.disposition.GradeBand.LIKE_NEW;
import static org.retrogistics.disposition.GradeBand.REPAIRABLE;
import static org.retrogistics.disposition.GradeBand.SCRAP;
import static org.retrogistics.disposition.GradeBand.WORN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The system default recovery table, seeded from the public figures of REFERENCE.md ("Figures"); each row's
 * {@code source} names the row it rests on, or says "assumption" where no public figure exists. They are vendor claims
 * and rules of thumb, defaults a client edits (the same rows are in {@code disposition/recovery-defaults.csv}).
 *
 * <p>Figures used: Optoro's processing cost of 27% of the purchase price (the cross-check for labour and transport
 * below); dock-to-stock of 30–45 days with markdowns of 20–25% by then; Amazon liquidation at 5–10% of the selling
 * price minus a 15% referral fee and a per-item fee, paid in 60–90 days; secondary-market recovery of 15–50% of value
 * and transport and processing of $0.30–$2 per item; refurbish/recommerce at 50–75% of MSRP against ~10% from
 * liquidation; load quality of 65–75% working and ~20% repairable.
 */
public final class RecoveryDefaults {

    public static final String ID = "system-defaults";
    public static final int VERSION = 1;

    /** Assumed labour cost per hour; REFERENCE.md has no labour rate (the 27% processing-cost row bounds the total). */
    static final BigDecimal LABOUR_RATE = new BigDecimal("30");

    static final String DOCK_TO_STOCK =
            "REFERENCE.md Dock-to-stock: 30-45 days back to inventory, markdowns of 20-25% by then (Optoro CEO);"
                    + " transport $0.30-$2 per item (Secondary-market recovery)";
    static final String REPAIR = "assumption (no public figure): 60 min repair, parts 10% of value;"
            + " transport $2, the top of $0.30-$2 per item (Secondary-market recovery), as it goes to one address";
    static final String REFURBISH = "REFERENCE.md Refurbish vs liquidate: 50-75% of MSRP via refurbish (dmtrans,"
            + " vendor claim); Load quality: 65-75% working, ~20% repairable (sell-through, lower for worse grades);"
            + " 15% referral fee (Liquidation recovery); transport $2 (Secondary-market recovery)";
    static final String AS_IS = "REFERENCE.md Secondary-market recovery: 15-50% of value, item-level buyers at the top;"
            + " Dock-to-stock: markdowns of 20-25% over 30-45 days; 15% referral fee (Liquidation recovery);"
            + " transport $1 within $0.30-$2 per item";
    static final String LIQUIDATION = "REFERENCE.md Liquidation recovery: 5-10% of the selling price minus a 15%"
            + " referral fee and a per-item fee (amount assumed $0.25), paid in 60-90 days; Refurbish vs liquidate:"
            + " ~10% from liquidation; transport $0.30, the bulk end of $0.30-$2 per item (Secondary-market recovery)";
    static final String VENDOR = "assumption: vendor credit terms are the client's own, seeded at the liquidation level"
            + " (~10%, Refurbish vs liquidate); transport $2 (Secondary-market recovery)";
    static final String PARTS = "assumption: no public figure for harvested parts; Load quality: the remainder after"
            + " working and repairable is scrap; 15% referral fee (Liquidation recovery)";
    static final String DONATION =
            "assumption: no value credited (tax relief not modelled); transport $2" + " (Secondary-market recovery)";
    static final String RECYCLING =
            "assumption: certified recycler charge $0.50 per item; transport $0.30, the bulk end"
                    + " of $0.30-$2 per item (Secondary-market recovery)";
    static final String DESTRUCTION = "assumption: certified destruction with certificate $2 per item; transport $0.30"
            + " (Secondary-market recovery)";
    static final String LANDFILL = "assumption: landfill haul $1 per item plus $0.10 per kg, so that landfill never"
            + " undercuts recycling; transport $0.30 (Secondary-market recovery)";

    private RecoveryDefaults() {}

    /** The system defaults in US dollars, the currency of the figures. */
    public static RecoveryTable system() {
        return system(Currency.getInstance("USD"));
    }

    /**
     * The same figures with the fixed amounts read in another currency; they are USD figures, so a client in another
     * currency should review the fixed amounts (transport, fees) before relying on them.
     */
    public static RecoveryTable system(Currency currency) {
        return new RecoveryTable(ID, VERSION, currency, rows());
    }

    static List<RecoveryEntry> rows() {
        List<RecoveryEntry> rows = new ArrayList<>();
        dockAndRepairRows(rows);
        refurbishRows(rows);
        asIsRows(rows);
        bulkRows(rows);
        endOfLifeRows(rows);
        return rows;
    }

    /** Back to stock, and repairs that go back to the customer. */
    private static void dockAndRepairRows(List<RecoveryEntry> rows) {
        rows.add(row(
                RETURN_TO_STOCK,
                null,
                sale("1", "0.9", 30, "0.2"),
                work(4, 0, "0", "0"),
                costs("1", "0", "0", "0"),
                DOCK_TO_STOCK));
        rows.add(row(
                REPAIR_AND_RETURN,
                null,
                sale("0", "1", 0, "0"),
                work(60, 0, "0.1", "0"),
                costs("2", "0", "0", "0"),
                REPAIR));
    }

    /** Refurbished and resold, one row per grade band. */
    private static void refurbishRows(List<RecoveryEntry> rows) {
        rows.add(row(
                REFURBISH_AND_RESELL,
                LIKE_NEW,
                sale("0.75", "0.8", 30, "0.1"),
                work(30, 20, "0.02", "0"),
                costs("2", "0.15", "0", "0"),
                REFURBISH));
        rows.add(row(
                REFURBISH_AND_RESELL,
                GOOD,
                sale("0.7", "0.8", 30, "0.1"),
                work(40, 20, "0.05", "0"),
                costs("2", "0.15", "0", "0"),
                REFURBISH));
        rows.add(row(
                REFURBISH_AND_RESELL,
                WORN,
                sale("0.6", "0.75", 30, "0.1"),
                work(60, 20, "0.08", "0"),
                costs("2", "0.15", "0", "0"),
                REFURBISH));
        rows.add(row(
                REFURBISH_AND_RESELL,
                REPAIRABLE,
                sale("0.6", "0.7", 30, "0.1"),
                work(60, 20, "0.1", "0"),
                costs("2", "0.15", "0", "0"),
                REFURBISH));
        rows.add(row(
                REFURBISH_AND_RESELL,
                FAULTY,
                sale("0.5", "0.5", 30, "0.1"),
                work(120, 20, "0.25", "0"),
                costs("2", "0.15", "0", "0"),
                REFURBISH));
        rows.add(row(
                REFURBISH_AND_RESELL,
                SCRAP,
                sale("0.5", "0.05", 30, "0.1"),
                work(180, 20, "0.4", "0"),
                costs("2", "0.15", "0", "0"),
                REFURBISH));
        // also the row for any band a client adds later
        rows.add(row(
                REFURBISH_AND_RESELL,
                null,
                sale("0.6", "0.7", 30, "0.1"),
                work(60, 20, "0.1", "0"),
                costs("2", "0.15", "0", "0"),
                REFURBISH));
    }

    /** Resold as it is, one row per grade band. */
    private static void asIsRows(List<RecoveryEntry> rows) {
        rows.add(row(
                RESELL_AS_IS,
                LIKE_NEW,
                sale("0.5", "0.85", 30, "0.2"),
                work(10, 0, "0", "0"),
                costs("1", "0.15", "0", "0"),
                AS_IS));
        rows.add(row(
                RESELL_AS_IS,
                GOOD,
                sale("0.4", "0.8", 30, "0.2"),
                work(10, 0, "0", "0"),
                costs("1", "0.15", "0", "0"),
                AS_IS));
        rows.add(row(
                RESELL_AS_IS,
                WORN,
                sale("0.3", "0.75", 30, "0.2"),
                work(10, 0, "0", "0"),
                costs("1", "0.15", "0", "0"),
                AS_IS));
        rows.add(row(
                RESELL_AS_IS,
                REPAIRABLE,
                sale("0.15", "0.5", 30, "0.2"),
                work(10, 0, "0", "0"),
                costs("1", "0.15", "0", "0"),
                AS_IS));
        rows.add(row(
                RESELL_AS_IS,
                FAULTY,
                sale("0.1", "0.4", 30, "0.2"),
                work(10, 0, "0", "0"),
                costs("1", "0.15", "0", "0"),
                AS_IS));
        rows.add(row(
                RESELL_AS_IS,
                SCRAP,
                sale("0.02", "0.1", 30, "0.2"),
                work(10, 0, "0", "0"),
                costs("1", "0.15", "0", "0"),
                AS_IS));
        rows.add(row(
                RESELL_AS_IS,
                null,
                sale("0.3", "0.75", 30, "0.2"),
                work(10, 0, "0", "0"),
                costs("1", "0.15", "0", "0"),
                AS_IS));
    }

    /** Sold in bulk lots, credited by the vendor, or harvested for parts. */
    private static void bulkRows(List<RecoveryEntry> rows) {
        rows.add(row(
                B2B_LOT,
                null,
                sale("0.1", "1", 75, "0"),
                work(2, 0, "0", "0"),
                costs("0.3", "0.15", "0.25", "0"),
                LIQUIDATION));
        rows.add(row(
                B2B_LOT,
                REPAIRABLE,
                sale("0.07", "1", 75, "0"),
                work(2, 0, "0", "0"),
                costs("0.3", "0.15", "0.25", "0"),
                LIQUIDATION));
        rows.add(row(
                B2B_LOT,
                FAULTY,
                sale("0.05", "1", 75, "0"),
                work(2, 0, "0", "0"),
                costs("0.3", "0.15", "0.25", "0"),
                LIQUIDATION));
        rows.add(row(
                B2B_LOT,
                SCRAP,
                sale("0.02", "0.5", 75, "0"),
                work(2, 0, "0", "0"),
                costs("0.3", "0.15", "0.25", "0"),
                LIQUIDATION));
        rows.add(row(
                RETURN_TO_VENDOR,
                null,
                sale("0.1", "0.9", 60, "0"),
                work(4, 20, "0", "0"),
                costs("2", "0", "0", "0"),
                VENDOR));
        rows.add(row(
                PARTS_HARVEST,
                null,
                sale("0.15", "0.6", 90, "0.05"),
                work(30, 4, "0", "0"),
                costs("0.3", "0.15", "0", "0"),
                PARTS));
        rows.add(row(
                PARTS_HARVEST,
                SCRAP,
                sale("0.05", "0.6", 90, "0.05"),
                work(30, 4, "0", "0"),
                costs("0.3", "0.15", "0", "0"),
                PARTS));
    }

    /** Given away or disposed of: no sale, only costs. */
    private static void endOfLifeRows(List<RecoveryEntry> rows) {
        rows.add(
                row(DONATE, null, sale("0", "1", 0, "0"), work(10, 20, "0", "0"), costs("2", "0", "0", "0"), DONATION));
        rows.add(row(
                RECYCLE, null, sale("0", "1", 0, "0"), work(0, 0, "0", "0"), costs("0.3", "0", "0.5", "0"), RECYCLING));
        rows.add(row(
                DESTROY, null, sale("0", "1", 0, "0"), work(0, 0, "0", "0"), costs("0.3", "0", "2", "0"), DESTRUCTION));
        rows.add(row(
                DISPOSE, null, sale("0", "1", 0, "0"), work(0, 0, "0", "0"), costs("0.3", "0", "1", "-0.1"), LANDFILL));
    }

    /** What a sale fetches: price as a fraction of value, sell-through, days held and markdown per 30 days. */
    private record Sale(BigDecimal price, BigDecimal sellThrough, int days, BigDecimal markdown) {}

    /** The work before it goes: labour and sanitising minutes, parts as a fraction of value plus a fixed amount. */
    private record Work(int labourMinutes, int sanitiseMinutes, BigDecimal partsFraction, BigDecimal partsFixed) {}

    /** What it costs to send on: transport, the channel's fee (a fraction), a fixed fee and value per kg. */
    private record Costs(BigDecimal transport, BigDecimal channelFee, BigDecimal fixedFee, BigDecimal valuePerKg) {}

    private static Sale sale(String price, String sellThrough, int days, String markdown) {
        return new Sale(new BigDecimal(price), new BigDecimal(sellThrough), days, new BigDecimal(markdown));
    }

    private static Work work(int labourMinutes, int sanitiseMinutes, String partsFraction, String partsFixed) {
        return new Work(labourMinutes, sanitiseMinutes, new BigDecimal(partsFraction), new BigDecimal(partsFixed));
    }

    private static Costs costs(String transport, String channelFee, String fixedFee, String valuePerKg) {
        return new Costs(
                new BigDecimal(transport),
                new BigDecimal(channelFee),
                new BigDecimal(fixedFee),
                new BigDecimal(valuePerKg));
    }

    private static RecoveryEntry row(
            DispositionOption option, GradeBand band, Sale sale, Work work, Costs costs, String source) {
        return new RecoveryEntry(
                null,
                null,
                band,
                option,
                sale.price(),
                sale.sellThrough(),
                sale.days(),
                sale.markdown(),
                work.labourMinutes(),
                LABOUR_RATE,
                work.sanitiseMinutes(),
                work.partsFraction(),
                work.partsFixed(),
                costs.transport(),
                costs.channelFee(),
                costs.fixedFee(),
                costs.valuePerKg(),
                source);
    }
}
