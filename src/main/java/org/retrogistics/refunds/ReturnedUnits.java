package org.retrogistics.refunds;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.returns.ReceivableLine;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Component;

/** The return line a unit came back on, for units received on a return. */
@Component
class ReturnedUnits {

    private final CustodyLedger custody;
    private final ReturnManagement returns;

    ReturnedUnits(CustodyLedger custody, ReturnManagement returns) {
        this.custody = custody;
        this.returns = returns;
    }

    Optional<ReceivableLine> lineOf(ClientId client, UUID unitId) {
        UnitSnapshot unit = custody.unit(client, unitId);
        if (unit.sourceRef() == null || !unit.sourceRef().startsWith("return-line:")) {
            return Optional.empty();
        }
        return returns.receivableLine(client, unit.sourceRef());
    }
}
