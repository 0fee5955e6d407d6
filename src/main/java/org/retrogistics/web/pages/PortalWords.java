package org.retrogistics.web.pages;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The portal's words for the codes a return carries, so that no shopper reads AUTHORIZED or CHANGED_MIND, and its
 * amounts and dates as people write them. Templates call it as {@code @portalWords}.
 */
@Component("portalWords")
public class PortalWords {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LONG_DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** "1,131.99 USD": grouped, to the currency's minor unit. */
    public String money(Money m) {
        if (m == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMinimumFractionDigits(m.currency().getDefaultFractionDigits());
        f.setMaximumFractionDigits(m.currency().getDefaultFractionDigits());
        return f.format(m.amount()) + " " + m.currency().getCurrencyCode();
    }

    /** "14 March 2026" (dates are kept in UTC; the day is the UTC day). */
    public String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    /** "Saturday 14 March 2026", for a deadline. */
    public String longDay(Instant at) {
        return at == null ? "" : LONG_DAY.format(at);
    }

    public String status(ReturnStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case REQUESTED -> "Requested";
            case UNDER_REVIEW -> "Being checked by our team";
            case AUTHORIZED -> "Approved";
            case REJECTED -> "Not accepted";
            case IN_TRANSIT -> "On its way to us";
            case PARTIALLY_RECEIVED -> "Partly arrived";
            case RECEIVED -> "Arrived";
            case LOST -> "Lost by the carrier";
            case CLOSED -> "Complete";
            case CANCELLED -> "Cancelled";
            case EXPIRED -> "Expired: not sent in time";
        };
    }

    public String reason(ReturnReason r) {
        if (r == null) {
            return "";
        }
        return switch (r) {
            case DEFECTIVE -> "It does not work";
            case DAMAGED_IN_TRANSIT -> "It arrived damaged";
            case WRONG_ITEM -> "Wrong item sent";
            case NOT_AS_DESCRIBED -> "Not as described";
            case SIZE_FIT -> "Size or fit";
            case CHANGED_MIND -> "Changed my mind";
            case ARRIVED_LATE -> "It arrived too late";
            case MISSING_PARTS -> "Parts are missing";
            case WARRANTY_FAILURE -> "It broke under warranty";
            case RECALL -> "Product recall";
            case DELIVERY_FAILURE -> "Could not be delivered";
            case END_OF_LIFE -> "Taken back for recycling";
            case OTHER -> "Another reason";
        };
    }

    public String resolution(Resolution r) {
        if (r == null) {
            return "";
        }
        return switch (r) {
            case REFUND -> "Refund";
            case EXCHANGE -> "Exchange";
            case STORE_CREDIT -> "Store credit";
            case REPAIR -> "Repair";
            case REPLACEMENT -> "Replacement";
            case KEEP_IT -> "Keep the item";
            case NONE -> "Nothing";
        };
    }
}
