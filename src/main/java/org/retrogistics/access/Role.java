package org.retrogistics.access;

/** What a person or token may do; each maps to the Spring Security authority {@code ROLE_<name>}. */
public enum Role {
    /**
     * A shopper, or a storefront acting for one: asks whether something can be returned, creates, follows and cancels
     * returns, always of the one shopper it is bound to ({@link ShopperScope}). Only tokens and portal sessions have it.
     */
    CUSTOMER,
    /** Customer service: creates and reviews returns. */
    AGENT,
    /** Dock and warehouse staff: receives and moves units. */
    WAREHOUSE,
    /** Workshop staff. */
    TECHNICIAN,
    /** Runs the operation: policies, catalogue, overrides. */
    MANAGER,
    /** Sets up the client: users, tokens, catalogue. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
