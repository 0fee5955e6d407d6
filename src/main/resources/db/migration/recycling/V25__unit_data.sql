-- Recycling's own copy of what it asks before a unit leaves for a recycler (ADR 0024): whether the unit can hold data,
-- from its newest grading (inspection.UnitGraded), and the certificate of its newest passed sanitisation
-- (workshop.WorkOrderCompleted), each kept from the newest event of its kind. No copy of earlier facts: databases from
-- before V22 are out of scope.
set local search_path = recycling, public;

create table unit_data (
    unit_id         uuid primary key,
    client_id       uuid not null,
    data_bearing    boolean,
    graded_at       timestamptz,
    certificate_id  text,
    sanitised_at    timestamptz
);
