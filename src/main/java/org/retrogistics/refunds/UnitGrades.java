package org.retrogistics.refunds;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.inspection.UnitHeld;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refunds' copy of what inspection found on each unit that bears on its money (ADR 0024): the newest grading's grades
 * and authenticity hold, and the reason of the newest hold. Kept in the publishing transaction (ADR 0022), so money
 * resolved right after a grading sees it; each fact is kept from the newest event of its kind, so a repeated or older
 * event changes nothing.
 */
@Component
class UnitGrades {

    /** A graded unit: its grades, whether its authenticity is held, and the reason inspection gave (if it held it). */
    record Graded(Condition condition, boolean authenticityHold, String holdReason) {}

    private final JdbcClient jdbc;

    UnitGrades(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitGraded e) {
        jdbc.sql(
                        """
                        insert into unit_grades (unit_id, client_id, functional_grade, cosmetic_grade,
                          authenticity_hold, graded_at)
                        values (:unit, :client, :functional, :cosmetic, :hold, :at)
                        on conflict (unit_id) do update
                          set functional_grade = excluded.functional_grade, cosmetic_grade = excluded.cosmetic_grade,
                            authenticity_hold = excluded.authenticity_hold, graded_at = excluded.graded_at
                          where unit_grades.graded_at is null or unit_grades.graded_at <= excluded.graded_at
                        """)
                .param("unit", e.unitId())
                .param("client", e.clientId())
                .param(
                        "functional",
                        e.functional() == null ? null : e.functional().name())
                .param("cosmetic", e.cosmetic() == null ? null : e.cosmetic().name())
                .param("hold", e.authenticityHold())
                .param("at", Timestamp.from(e.occurredAt()))
                .update();
    }

    @EventListener
    void on(UnitHeld e) {
        jdbc.sql(
                        """
                        insert into unit_grades (unit_id, client_id, hold_reason, held_at)
                        values (:unit, :client, :reason, :at)
                        on conflict (unit_id) do update
                          set hold_reason = excluded.hold_reason, held_at = excluded.held_at
                          where unit_grades.held_at is null or unit_grades.held_at <= excluded.held_at
                        """)
                .param("unit", e.unitId())
                .param("client", e.clientId())
                .param("reason", e.reason())
                .param("at", Timestamp.from(e.occurredAt()))
                .update();
    }

    /** The unit's newest grading; empty while it was never graded. */
    Optional<Graded> of(ClientId client, UUID unitId) {
        return jdbc.sql(
                        """
                        select functional_grade, cosmetic_grade, authenticity_hold, hold_reason from unit_grades
                        where unit_id = :unit and client_id = :client and graded_at is not null
                        """)
                .param("unit", unitId)
                .param("client", client.value())
                .query((rs, i) -> new Graded(
                        new Condition(
                                rs.getString(1) == null ? null : FunctionalGrade.valueOf(rs.getString(1)),
                                rs.getString(2) == null ? null : CosmeticGrade.valueOf(rs.getString(2))),
                        rs.getBoolean(3),
                        rs.getString(4)))
                .optional();
    }
}
