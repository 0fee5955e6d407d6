package org.retrogistics.web.pages;

import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.OverridingDispositions;
import org.retrogistics.inspection.InspectingUnits;
import org.retrogistics.inspection.InspectionManagement;
import org.retrogistics.receiving.ReceivingManagement;
import org.retrogistics.receiving.ScanningAtDock;
import org.retrogistics.receiving.TakingBlindReceipts;
import org.springframework.stereotype.Component;

/** The use cases behind the warehouse pages, one desk per station, so the pages take three collaborators, not nine. */
final class WarehouseDesks {

    private WarehouseDesks() {}

    /** The receiving station: recent receipts, dock scans, blind receipts. */
    @Component
    record Dock(ReceivingManagement receiving, ScanningAtDock scanning, TakingBlindReceipts blindReceipts) {}

    /** The inspection queue and form. */
    @Component
    record Inspection(InspectionManagement queries, InspectingUnits inspecting) {}

    /** A unit's disposition and its override. */
    @Component
    record Disposition(DispositionManagement queries, OverridingDispositions overriding) {}
}
