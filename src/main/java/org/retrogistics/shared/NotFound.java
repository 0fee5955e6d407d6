package org.retrogistics.shared;

/**
 * A record that does not exist for the acting client. Records of another client are reported the same way, so that
 * one client cannot learn that another's ids exist.
 */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        // the code is a URI path segment: "work order" becomes work-order-not-found
        super(
                Kind.NOT_FOUND,
                what.strip().replaceAll("\\s+", "-") + "-not-found",
                "No " + what.replace('-', ' ') + " " + id + " for this client");
    }
}
