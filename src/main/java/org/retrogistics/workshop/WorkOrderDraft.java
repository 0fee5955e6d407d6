package org.retrogistics.workshop;

import java.util.UUID;
import org.retrogistics.disposition.WorkKind;

/** What a new work order is opened with: the unit, the kind of work, its product family and what asked for it. */
record WorkOrderDraft(UUID clientId, String number, UUID unitId, WorkKind kind, String family, String sourceRef) {}
