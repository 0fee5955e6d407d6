package org.retrogistics.refunds;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What inspection found on returned units that bears on their money: their grades and any authenticity hold, read
 * from refunds' own copy ({@link UnitGrades}, ADR 0024).
 */
@Component
class InspectionFindings {

    private static final String DOUBT = "authenticity in doubt";

    private final UnitGrades grades;
    private final JdbcClient jdbc;

    InspectionFindings(UnitGrades grades, JdbcClient jdbc) {
        this.grades = grades;
        this.jdbc = jdbc;
    }

    /** The worst grades inspection found on the units, when any was inspected. */
    Condition worstCondition(ClientId client, List<UUID> units) {
        Condition worst = null;
        for (UUID unit : units) {
            var latest = grades.of(client, unit);
            if (latest.isPresent()) {
                Condition c = latest.get().condition();
                if (worst == null
                        || RefundAllowance.damagePercent(ReturnReason.CHANGED_MIND, c)
                                > RefundAllowance.damagePercent(ReturnReason.CHANGED_MIND, worst)) {
                    worst = c;
                }
            }
        }
        return worst;
    }

    /** The first hold on any of the units (recorded when inspection held it, or on its latest grading), or null. */
    String holdOn(ClientId client, List<UUID> units) {
        return units.stream()
                .map(u -> recordedHold(client, u).or(() -> grades.of(client, u)
                        .filter(UnitGrades.Graded::authenticityHold)
                        .map(InspectionFindings::heldAtInspection)))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    /** The hold on a unit just graded: the one recorded, else the grading's own authenticity hold, else null. */
    String holdAtGrading(ClientId client, UUID unitId, boolean authenticityHold) {
        return recordedHold(client, unitId)
                .orElseGet(() -> authenticityHold
                        ? grades.of(client, unitId)
                                .map(InspectionFindings::heldAtInspection)
                                .orElse("authenticity hold: " + DOUBT)
                        : null);
    }

    /** The reasons inspection gave for holding the unit. */
    private static String heldAtInspection(UnitGrades.Graded graded) {
        return "authenticity hold: " + (graded.holdReason() == null ? DOUBT : graded.holdReason());
    }

    private Optional<String> recordedHold(ClientId client, UUID unitId) {
        return jdbc.sql("select reason from refund_hold where unit_id = ? and client_id = ?")
                .params(unitId, client.value())
                .query(String.class)
                .optional()
                .map(reason -> "authenticity hold: " + reason);
    }
}
