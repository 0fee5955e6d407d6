package org.retrogistics.refunds;

/** What a money movement is; the direction says whether money goes to the customer or comes from them. */
public enum MovementKind {
    /** Back to the payment the customer used. */
    REFUND_TO_ORIGINAL(Direction.OUT),
    /** Onto the customer's store-credit balance. */
    STORE_CREDIT(Direction.OUT),
    /** An exchange for something cheaper: the difference goes back to the customer. */
    EXCHANGE_DIFFERENCE_REFUNDED(Direction.OUT),
    /** An exchange for something dearer: the customer pays the difference. */
    EXCHANGE_DIFFERENCE_CHARGED(Direction.IN);

    /** To the customer (OUT) or from the customer (IN). */
    public enum Direction {
        OUT,
        IN
    }

    private final Direction direction;

    MovementKind(Direction direction) {
        this.direction = direction;
    }

    public Direction direction() {
        return direction;
    }

    /** Money that leaves for the customer counts against what was paid for the line. */
    public boolean countsAgainstPaid() {
        return direction == Direction.OUT;
    }
}
