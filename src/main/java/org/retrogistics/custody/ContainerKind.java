package org.retrogistics.custody;

/** What holds units in the warehouse and on the road. */
public enum ContainerKind {
    TOTE,
    PALLET,
    GAYLORD
}
