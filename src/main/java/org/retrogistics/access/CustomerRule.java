package org.retrogistics.access;

/**
 * Which records a CUSTOMER reaches through an operation its role may call. The role check lets it in; the ownership
 * rule itself is {@link ShopperScope}, applied by the module that loads the record.
 */
public enum CustomerRule {
    /** CUSTOMER may not call the operation. */
    NONE("—", "not allowed"),
    /** Only the records of the shopper the credential is bound to; another shopper's answer 404, as unknown ones. */
    OWN_SHOPPER("own", "only the bound shopper's orders and returns; another shopper's answer 404"),
    /** The client's shared settings (its name, return policy, reason codes), which belong to no shopper. */
    CLIENT_WIDE("client", "the client's shared settings, no shopper's records"),
    /** May ask for one (a business site's pickup) and reads none back. */
    REQUEST_ONLY("request", "may ask for one, reads none back"),
    /** Passes the role check but finds nothing: every record answers 404. */
    READS_NONE("none", "every record answers 404");

    private final String mark;
    private final String meaning;

    CustomerRule(String mark, String meaning) {
        this.mark = mark;
        this.meaning = meaning;
    }

    /** The short mark the documented table shows in the CUSTOMER column. */
    public String mark() {
        return mark;
    }

    /** What the mark means, in a sentence for the table's legend. */
    public String meaning() {
        return meaning;
    }
}
