package org.retrogistics.refunds;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.inspection.InspectionManagement;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What inspection found on returned units that bears on their money: their grades and any authenticity hold. */
@Component
class InspectionFindings {

    private static final String DOUBT = "authenticity in doubt";

    private final InspectionManagement inspection;
    private final JdbcClient jdbc;

    InspectionFindings(InspectionManagement inspection, JdbcClient jdbc) {
        this.inspection = inspection;
        this.jdbc = jdbc;
    }

    /** The worst grades inspection found on the units, when any was inspected. */
    Condition worstCondition(ClientId client, List<UUID> units) {
        Condition worst = null;
        for (UUID unit : units) {
            var latest = inspection.latest(client, unit);
            if (latest.isPresent()) {
                Condition c = new Condition(
                        latest.get().functionalGrade(), latest.get().cosmeticGrade());
                if (worst == null
                        || RefundAllowance.damagePercent(ReturnReason.CHANGED_MIND, c)
                                > RefundAllowance.damagePercent(ReturnReason.CHANGED_MIND, worst)) {
                    worst = c;
                }
            }
        }
        return worst;
    }

    /** The first hold on any of the units (recorded when inspection held it, or on its latest inspection), or null. */
    String holdOn(ClientId client, List<UUID> units) {
        return units.stream()
                .map(u -> recordedHold(client, u).or(() -> inspection
                        .latest(client, u)
                        .filter(i -> i.authenticityHold())
                        .map(i -> heldAtInspection(client, u))))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    /** The hold on a unit just graded: the one recorded, else the grading's own authenticity hold, else null. */
    String holdAtGrading(ClientId client, UUID unitId, boolean authenticityHold) {
        return recordedHold(client, unitId).orElseGet(() -> authenticityHold ? heldAtInspection(client, unitId) : null);
    }

    /** The reasons inspection wrote down for holding the unit (its findings marked "held: ..."). */
    private String heldAtInspection(ClientId client, UUID unitId) {
        String reasons = inspection
                .latest(client, unitId)
                .map(i -> i.findings().stream()
                        .filter(f -> f.startsWith("held: "))
                        .map(f -> f.substring("held: ".length()))
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(DOUBT))
                .orElse(DOUBT);
        return "authenticity hold: " + reasons;
    }

    private Optional<String> recordedHold(ClientId client, UUID unitId) {
        return jdbc.sql("select reason from refund_hold where unit_id = ? and client_id = ?")
                .params(unitId, client.value())
                .query(String.class)
                .optional()
                .map(reason -> "authenticity hold: " + reason);
    }
}
