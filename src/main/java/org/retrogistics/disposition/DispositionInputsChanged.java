package org.retrogistics.disposition;

import java.util.UUID;

/** A client's recovery table or rules changed: every decision of the client is to be made again. */
public record DispositionInputsChanged(UUID clientId, String trigger, String actor) {}
