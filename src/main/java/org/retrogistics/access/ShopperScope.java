package org.retrogistics.access;

import java.util.Locale;
import java.util.Optional;

/**
 * Which shopper's records an actor may see and act on: the one ownership rule of the customer-facing paths. Staff see
 * every record of their client. An actor that is only a CUSTOMER (a storefront's token, a portal session) sees the
 * records of the one shopper it was bound to when issued, and nothing when it was bound to nobody. A record of another
 * shopper is treated as one that does not exist, so that asking does not confirm it does.
 */
public final class ShopperScope {

    private ShopperScope() {}

    /** E-mail addresses compare without surrounding blanks and case (as the order and return searches do). */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the actor is held to one shopper's records (a customer and nothing else). */
    public static boolean limits(Actor actor) {
        return actor.has(Role.CUSTOMER) && actor.roles().stream().allMatch(r -> r == Role.CUSTOMER);
    }

    /** The shopper a limited actor acts for; empty for staff, and for a customer bound to nobody. */
    public static Optional<String> shopper(Actor actor) {
        return limits(actor) ? actor.boundEmail() : Optional.empty();
    }

    /** Whether the actor may see and act on a record that belongs to the shopper with {@code ownerEmail}. */
    public static boolean permits(Actor actor, String ownerEmail) {
        if (!limits(actor)) {
            return true;
        }
        return ownerEmail != null
                && actor.boundEmail().map(normalise(ownerEmail)::equals).orElse(false);
    }
}
