-- Transport's own copy of what inspection found of a unit's battery (ADR 0024): fed by inspection.UnitGraded in the
-- grading's transaction, the newest grading kept. A unit with a row was inspected; one without is judged by the reason
-- it came back for. No copy of earlier gradings: databases from before V22 are out of scope (ADR 0024).
set local search_path = transport, public;

create table inspected_battery (
    unit_id       uuid primary key,
    client_id     uuid not null,
    battery_state text,
    graded_at     timestamptz not null
);
